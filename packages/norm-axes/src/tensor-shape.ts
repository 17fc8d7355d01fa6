import type { NormInput } from '@dlviz/core';

type Nested = number | Nested[];

/** The shape of a rectangular nested array (a validated input), read along its first elements. */
export function tensorShape(input: NormInput): number[] {
  const shape: number[] = [];
  let v: Nested = input as Nested[];
  while (Array.isArray(v)) {
    shape.push(v.length);
    v = v[0]!;
  }
  return shape;
}

/** The values of a nested array in row-major order: the order the core numbers cells in. */
export function flatValues(tensor: unknown): Float64Array {
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const item of v) walk(item);
    else out.push(v as number);
  };
  walk(tensor);
  return Float64Array.from(out);
}

/** A copy of a nested array with the cell at a row-major index replaced. */
export function withFlatValue<T>(tensor: T, index: number, value: number): T {
  let i = 0;
  const copy = (v: unknown): unknown => (Array.isArray(v) ? v.map(copy) : i++ === index ? value : v);
  return copy(tensor) as T;
}
