import { contours } from 'd3-contour';
import { expandRing, keptLines } from './inside-lines.js';

/** The region of a sampled surface where f ≤ a level, as d3-contour traced it on a crop of the grid. */
export interface LevelRegion {
  value: number;
  /** d3-contour's polygons (rings of [x, y]) in the crop's grid coordinates. */
  polygons: number[][][][];
  /** The crop's first column and row: add them to a point for the whole grid's coordinates. */
  origin: [number, number];
}

/** Each level's crop of −f, reused like the grid's samples: regions are traced one at a time. */
let crop = new Float64Array(0);

/**
 * The regions f ≤ v for each level v, on a size × size grid of finite values.
 *
 * d3-contour marches over every cell of the grid it is given, once per level, and a region that
 * touches the grid's edge is traced all along it. The regions below a level are usually blobs around
 * the minima, so each one is traced on the bounding box of its samples plus one sample (all above v)
 * on every side: the same rings, from a fraction of the cells. The higher levels of most surfaces
 * cover all but the corners, so their box is the whole grid: the rows and columns they cover whole
 * are left out (see inside-lines.ts). d3-contour traces f ≥ v, so the crop holds −f, and −f ≥ −v
 * is f ≤ v.
 */
export function levelRegions(f: Float64Array, size: number, levels: readonly number[]): LevelRegion[] {
  // A row (column) holds a sample ≤ v exactly when its minimum does, and lies inside whole exactly
  // when its maximum does: the box and the lines left out per level without another pass over the grid.
  const rowMin = new Float64Array(size).fill(Infinity);
  const columnMin = new Float64Array(size).fill(Infinity);
  const rowMax = new Float64Array(size).fill(-Infinity);
  const columnMax = new Float64Array(size).fill(-Infinity);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const v = f[j * size + i]!;
      if (v < rowMin[j]!) rowMin[j] = v;
      if (v < columnMin[i]!) columnMin[i] = v;
      if (v > rowMax[j]!) rowMax[j] = v;
      if (v > columnMax[i]!) columnMax[i] = v;
    }
  }
  if (crop.length < f.length) crop = new Float64Array(f.length);
  return levels.map((value) => {
    const columns = span(columnMin, value);
    const rows = span(rowMin, value);
    if (!columns || !rows) return { value, polygons: [], origin: [0, 0] };
    const [i0, i1] = columns;
    const [j0, j1] = rows;
    const kept = [keptLines(columnMax, i0, i1, value), keptLines(rowMax, j0, j1, value)] as const;
    const [width, height] = [kept[0].length, kept[1].length];
    for (let j = 0; j < height; j++) {
      const row = (j0 + kept[1][j]!) * size + i0;
      for (let i = 0; i < width; i++) crop[j * width + i] = -f[row + kept[0][i]!]!;
    }
    const region = contours()
      .size([width, height])
      .contour(crop.subarray(0, width * height) as unknown as number[], -value);
    const polygons =
      width === i1 - i0 + 1 && height === j1 - j0 + 1
        ? region.coordinates
        : region.coordinates.map((polygon) => polygon.map((ring) => expandRing(ring, ...kept)));
    return { value, polygons, origin: [i0, j0] };
  });
}

/** The first and last index whose minimum is ≤ value, widened by one and kept on the grid; undefined for none. */
function span(minima: Float64Array, value: number): [number, number] | undefined {
  let first = 0;
  while (first < minima.length && minima[first]! > value) first++;
  if (first === minima.length) return undefined;
  let last = minima.length - 1;
  while (minima[last]! > value) last--;
  return [Math.max(0, first - 1), Math.min(minima.length - 1, last + 1)];
}
