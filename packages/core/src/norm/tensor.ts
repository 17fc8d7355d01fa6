/** A nested array of numbers of any rank, as JSON holds tensors. */
export type NestedNumbers = number | NestedNumbers[];

/** The shape of a rectangular nested array, read along its first elements. */
export function shapeOf(value: unknown): number[] {
  const shape: number[] = [];
  let v = value;
  while (Array.isArray(v)) {
    shape.push(v.length);
    v = v[0];
  }
  return shape;
}

/** A rectangular nested array of the given shape, flat in row-major order. */
export function flatten(value: NestedNumbers, shape: readonly number[]): Float64Array {
  const out = new Float64Array(shape.reduce((a, b) => a * b, 1));
  const last = shape.length - 1;
  let i = 0;
  // The innermost rows are gathered first, then copied by one loop that only ever sees number
  // arrays: a single walk that meets both kinds of array runs several times slower.
  const rows: number[][] = [];
  const gather = (v: NestedNumbers[], depth: number): void => {
    if (depth === last) rows.push(v as number[]);
    else for (let k = 0; k < v.length; k++) gather(v[k] as NestedNumbers[], depth + 1);
  };
  gather(value as NestedNumbers[], 0);
  for (const row of rows) for (let k = 0; k < row.length; k++) out[i++] = row[k]!;
  return out;
}

/**
 * Whether a value is a rectangular array of exactly this shape whose numbers all lie within ±bound:
 * the fast path of validation, which needs no paths and allocates nothing.
 */
export function isTensorWithin(value: unknown, shape: readonly number[], bound: number): boolean {
  const last = shape.length - 1;
  const walk = (v: unknown, depth: number): boolean => {
    if (!Array.isArray(v) || v.length !== shape[depth]) return false;
    if (depth === last) {
      for (let k = 0; k < v.length; k++) {
        const x: unknown = v[k];
        if (typeof x !== 'number' || !(Math.abs(x) <= bound)) return false;
      }
      return true;
    }
    for (let k = 0; k < v.length; k++) if (!walk(v[k], depth + 1)) return false;
    return true;
  };
  return shape.length > 0 && shape.every((s) => s > 0) && walk(value, 0);
}

/** Plain nested arrays (JSON) of a flat row-major array. */
export function unflatten(flat: ArrayLike<number>, shape: readonly number[]): NestedNumbers[] {
  const build = (depth: number, offset: number, stride: number): NestedNumbers[] => {
    const size = shape[depth]!;
    const inner = stride / size;
    // Sized up front: arrays grown by push leave garbage that dominates the solver's time.
    const out = new Array<NestedNumbers>(size);
    if (depth === shape.length - 1) {
      for (let i = 0; i < size; i++) out[i] = flat[offset + i]!;
    } else {
      for (let i = 0; i < size; i++) out[i] = build(depth + 1, offset + i * inner, inner);
    }
    return out;
  };
  return build(
    0,
    0,
    shape.reduce((a, b) => a * b, 1),
  );
}

/** Row-major coordinates of a flat index. */
export function coordsOf(shape: readonly number[], index: number): number[] {
  const coords = new Array<number>(shape.length);
  for (let a = shape.length - 1; a >= 0; a--) {
    coords[a] = index % shape[a]!;
    index = Math.floor(index / shape[a]!);
  }
  return coords;
}

/** The flat index of coordinates, or undefined when they do not name a cell of the shape. */
export function indexOf(shape: readonly number[], coords: readonly number[]): number | undefined {
  if (coords.length !== shape.length) return undefined;
  let index = 0;
  for (let a = 0; a < shape.length; a++) {
    const i = coords[a]!;
    if (!Number.isInteger(i) || i < 0 || i >= shape[a]!) return undefined;
    index = index * shape[a]! + i;
  }
  return index;
}
