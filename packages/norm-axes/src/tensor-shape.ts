/** A copy of a nested array with the cell at a row-major index replaced. */
export function withFlatValue<T>(tensor: T, index: number, value: number): T {
  let i = 0;
  const copy = (v: unknown): unknown => (Array.isArray(v) ? v.map(copy) : i++ === index ? value : v);
  return copy(tensor) as T;
}

/**
 * `fresh` (a new draw of the new shape, same rank) with every value of `kept` whose coordinates
 * still exist put back: resizing one axis leaves the reader's edits where they were and draws only
 * the new positions.
 */
export function keptWhereTheyFit<T>(kept: unknown, fresh: T): T {
  const merge = (old: unknown, next: unknown): unknown =>
    Array.isArray(next)
      ? next.map((v, i) => merge(Array.isArray(old) ? (old as unknown[])[i] : undefined, v))
      : typeof old === 'number'
        ? old
        : next;
  return merge(kept, fresh) as T;
}
