import { normFlatten, normShape } from '@dlviz/core';

/** The values of a nested array in row-major order: the order the core numbers cells in. */
export function flatValues(tensor: unknown): Float64Array {
  return normFlatten(tensor as number[], normShape(tensor));
}

/** A copy of a nested array with the cell at a row-major index replaced. */
export function withFlatValue<T>(tensor: T, index: number, value: number): T {
  let i = 0;
  const copy = (v: unknown): unknown => (Array.isArray(v) ? v.map(copy) : i++ === index ? value : v);
  return copy(tensor) as T;
}
