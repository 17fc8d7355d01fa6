/** A copy of a nested array with the cell at a row-major index replaced. */
export function withFlatValue<T>(tensor: T, index: number, value: number): T {
  let i = 0;
  const copy = (v: unknown): unknown => (Array.isArray(v) ? v.map(copy) : i++ === index ? value : v);
  return copy(tensor) as T;
}
