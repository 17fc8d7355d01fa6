/** Row-major coordinates of a flat cell index, and back: how the picker and the drawing agree. */
export function coordsAt(shape: readonly number[], index: number): number[] {
  const coords = new Array<number>(shape.length);
  for (let a = shape.length - 1; a >= 0; a--) {
    coords[a] = index % shape[a]!;
    index = Math.floor(index / shape[a]!);
  }
  return coords;
}

export function indexAt(shape: readonly number[], coords: readonly number[]): number {
  return coords.reduce((index, c, a) => index * shape[a]! + c, 0);
}
