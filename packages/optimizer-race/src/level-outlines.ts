/**
 * Filled contours by marching squares: for each level, the outline of the region where f ≥ level
 * on a sampled grid, as one SVG path. d3-contour's geometry, drawn directly: the grid is padded with
 * −∞ so every ring closes, crossings are interpolated linearly along cell edges, and the rings keep
 * one orientation (the region on the same side of every ring), so holes cancel under the default
 * nonzero fill without d3's ring-in-polygon nesting, the costliest part of its output.
 */

/** An affine map of grid coordinates (sample i at i + 0.5, as in d3-contour) to pixels: x = x0 + gx·sx, y = y0 + gy·sy. */
export type GridToPixel = readonly [x0: number, sx: number, y0: number, sy: number];

export interface LevelOutline {
  /** The region f ≥ level, in pixels; empty when no sample reaches the level. */
  path: string;
  /** A point of the longest ring at least `margin` grid cells from the plot's edges, for the level's label. */
  labelAt: readonly [number, number] | undefined;
}

/**
 * The segments of each cell case, as pairs of cell edges (0 bottom, 1 right, 2 top, 3 left) walked
 * from the first to the second. Corner bits: upper left 1, upper right 2, lower right 4, lower left
 * 8, set where f ≥ level; the two saddles join as d3-contour does.
 */
const SEGMENTS: readonly (readonly number[])[] = [
  [],
  [2, 3],
  [1, 2],
  [1, 3],
  [0, 1],
  [2, 3, 0, 1],
  [0, 2],
  [0, 3],
  [3, 0],
  [2, 0],
  [3, 0, 1, 2],
  [1, 0],
  [3, 1],
  [2, 1],
  [3, 2],
  [],
];

/** Tenths of a pixel, without toFixed's cost: the rings have thousands of points. */
const tenth = (v: number) => Math.round(v * 10) / 10;

/**
 * Scratch space for one grid side, reused across calls (outlines are computed synchronously, so
 * every plot on the page can share it instead of allocating a megabyte per redraw).
 */
interface Scratch {
  side: number;
  /** The samples with a border of −∞, (side + 2)² of them, row by row from the bottom. */
  padded: Float64Array;
  /** 1 where the padded sample reaches the level being traced: each is compared once, not once per cell it corners. */
  above: Uint8Array;
  /** For each crossed edge (2 per padded point: its rightward and its upward edge), the edge its ring goes to next; −1 when none. */
  next: Int32Array;
  /** The crossed edges in the order the cells were scanned. */
  crossings: Int32Array;
  /** The crossed edges in the order their rings are walked. */
  walk: Int32Array;
}

let scratch: Scratch | undefined;

function scratchFor(side: number): Scratch {
  if (scratch?.side !== side) {
    const points = (side + 2) ** 2;
    scratch = {
      side,
      padded: new Float64Array(points).fill(-Infinity),
      above: new Uint8Array(points),
      next: new Int32Array(2 * points).fill(-1),
      crossings: new Int32Array(2 * points),
      walk: new Int32Array(2 * points),
    };
  }
  return scratch;
}

/**
 * The outline of f ≥ level for each level, over `values` (side × side samples, row by row from the
 * bottom, all finite).
 */
export function levelOutlines(
  values: Float64Array,
  side: number,
  levels: readonly number[],
  toPixel: GridToPixel,
  margin: number,
): LevelOutline[] {
  const { padded, above, next, crossings, walk } = scratchFor(side);
  const width = side + 2;
  for (let j = 0; j < side; j++) padded.set(values.subarray(j * side, (j + 1) * side), (j + 1) * width + 1);
  const [x0, sx, y0, sy] = toPixel;

  /** Where a crossed edge meets the level, in grid coordinates (padded index i is grid coordinate i − 0.5). */
  function crossing(edge: number, level: number): [number, number] {
    const point = edge >> 1;
    const upward = edge & 1;
    const a = padded[point]!;
    const b = padded[point + (upward ? width : 1)]!;
    // Against the −∞ border the crossing sits halfway, on the grid's outline.
    const t = a === -Infinity || b === -Infinity ? 0.5 : (level - a) / (b - a);
    const i = point % width;
    const j = (point - i) / width;
    return [i - 0.5 + (upward ? 0 : t), j - 0.5 + (upward ? t : 0)];
  }
  const text = (edge: number, level: number) => {
    const [gx, gy] = crossing(edge, level);
    return `${tenth(x0 + gx * sx)},${tenth(y0 + gy * sy)}`;
  };

  return levels.map((level) => {
    // Every crossed edge is left by exactly one segment and entered by exactly one, so following
    // `next` from any of them walks a closed ring.
    for (let k = 0; k < padded.length; k++) above[k] = padded[k]! >= level ? 1 : 0;
    let crossed = 0;
    for (let j = 0; j < width - 1; j++) {
      for (let i = 0; i < width - 1; i++) {
        const cell = j * width + i;
        const corners =
          above[cell + width]! |
          (above[cell + width + 1]! << 1) |
          (above[cell + 1]! << 2) |
          (above[cell]! << 3);
        if (corners === 0 || corners === 15) continue;
        const segments = SEGMENTS[corners]!;
        for (let s = 0; s < segments.length; s += 2) {
          const from = cellEdge(cell, segments[s]!, width);
          next[from] = cellEdge(cell, segments[s + 1]!, width);
          crossings[crossed++] = from;
        }
      }
    }

    let path = '';
    let walked = 0;
    let longestStart = 0;
    let longestLength = 0;
    for (let k = 0; k < crossed; k++) {
      const start = crossings[k]!;
      if (next[start] === -1) continue;
      const ringStart = walked;
      path += `M${text(start, level)}`;
      let edge = start;
      for (;;) {
        walk[walked++] = edge;
        const following = next[edge]!;
        next[edge] = -1;
        if (following === start) break;
        path += `L${text(following, level)}`;
        edge = following;
      }
      path += 'Z';
      if (walked - ringStart > longestLength) [longestStart, longestLength] = [ringStart, walked - ringStart];
    }

    let labelAt: [number, number] | undefined;
    for (let offset = 0; offset < longestLength && !labelAt; offset++) {
      const edge = walk[longestStart + (((longestLength >> 1) + offset) % longestLength)]!;
      const [gx, gy] = crossing(edge, level);
      const inside = (g: number) => g > margin && g < side - margin;
      if (inside(gx) && inside(gy)) labelAt = [x0 + gx * sx, y0 + gy * sy];
    }
    return { path, labelAt };
  });
}

/** The id of a cell's edge (0 bottom, 1 right, 2 top, 3 left): 2·point for the rightward edge from a point, 2·point + 1 for the upward one. */
function cellEdge(cell: number, side: number, width: number): number {
  switch (side) {
    case 0:
      return 2 * cell;
    case 1:
      return 2 * (cell + 1) + 1;
    case 2:
      return 2 * (cell + width);
    default:
      return 2 * cell + 1;
  }
}
