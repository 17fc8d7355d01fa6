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

export function flatten(value: NestedNumbers, size: number): Float64Array {
  const out = new Float64Array(size);
  let i = 0;
  const walk = (v: NestedNumbers): void => {
    if (typeof v === 'number') out[i++] = v;
    else for (const item of v) walk(item);
  };
  walk(value);
  return out;
}

/** Plain nested arrays (JSON) of a flat row-major array. */
export function unflatten(flat: ArrayLike<number>, shape: readonly number[]): NestedNumbers[] {
  const build = (depth: number, offset: number, stride: number): NestedNumbers[] => {
    const size = shape[depth]!;
    const inner = stride / size;
    const out: NestedNumbers[] = new Array<NestedNumbers>(size);
    if (depth === shape.length - 1) {
      for (let i = 0; i < size; i++) out[i] = flat[offset + i]!;
    } else {
      for (let i = 0; i < size; i++) out[i] = build(depth + 1, offset + i * inner, inner);
    }
    return out;
  };
  return build(0, 0, shape.reduce((a, b) => a * b, 1));
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
