import { rowProgram, type Expr, type ViewBox } from '@dlviz/core';
import { contourLevels } from './contour-levels.js';
import { levelRegions } from './level-regions.js';
import { viridis } from './viridis.js';

/** Samples per side: fine enough for smooth contours, cheap enough to redo on every zoom. */
export const GRID_SIZE = 200;

export interface ContourBand {
  /** The region where f ≤ value, in pixels. */
  path: string;
  value: number;
  fill: string;
}

/**
 * A level's label: its value, the value written as the label shows it, and the points of its line
 * where it may go (in pixels), best first.
 */
export interface ContourLabel {
  value: number;
  text: string;
  spots: [number, number][];
}

export interface SurfaceContours {
  /** The fill above the highest level. */
  base: string;
  /** Highest level first: each band is painted over the larger ones below it. */
  bands: ContourBand[];
  labels: ContourLabel[];
  logSpaced: boolean;
}

/** The affine map from d3-contour's grid coordinates (sample i sits at i + 0.5) to pixels: x0 + kx·gx, y0 + ky·gy. */
interface Place {
  x0: number;
  y0: number;
  kx: number;
  ky: number;
}

/**
 * The grid's samples. Contours are computed synchronously and d3-contour keeps no reference to its
 * input, so every plot on the page can share one buffer instead of allocating 320 kB per redraw.
 */
const samples = new Float64Array(GRID_SIZE * GRID_SIZE);

/** f on a GRID_SIZE × GRID_SIZE grid spanning the box, row by row from the bottom (y0) up, into `samples`. */
function sample(f: Expr, [x0, x1, y0, y1]: ViewBox): Float64Array {
  const dx = (x1 - x0) / (GRID_SIZE - 1);
  const dy = (y1 - y0) / (GRID_SIZE - 1);
  const row = rowProgram(
    f,
    Float64Array.from({ length: GRID_SIZE }, (_, i) => x0 + i * dx),
  );
  for (let j = 0; j < GRID_SIZE; j++) samples.set(row(y0 + j * dy), j * GRID_SIZE);
  return samples;
}

/** Steps up to this many tenths of a pixel either way have their text made once, not per ring point. */
const TABLED = 600;
const tenthsText = Array.from({ length: 2 * TABLED + 1 }, (_, k) => String((k - TABLED) / 10));

/** n tenths of a pixel as path data: from the table, where formatting a fraction would cost far more than the lookup. */
function tenths(n: number): string {
  return n >= -TABLED && n <= TABLED ? tenthsText[n + TABLED]! : String(n / 10);
}

/**
 * A ring as SVG path data in whole tenths of a pixel, each step written relative to the point before
 * (`l`): ring points are a grid cell apart, so the steps are short numbers where absolute
 * coordinates would have four or five digits, and since they run between rounded points nothing
 * accumulates. Where a region meets the plot's edge, d3-contour gives a point per grid cell along
 * it; a run of steps along one axis in one direction is written as one step. The rings have
 * thousands of points: the path data is that much shorter to build, set and parse.
 */
function ringPath(ring: number[][], { x0, y0, kx, ky }: Place): string {
  // Written up to (wx, wy); the step from there to (px, py) is still open.
  let wx = Math.round((x0 + kx * ring[0]![0]!) * 10);
  let wy = Math.round((y0 + ky * ring[0]![1]!) * 10);
  let px = wx;
  let py = wy;
  let d = `M${tenths(wx)},${tenths(wy)}`;
  for (let i = 1; i < ring.length; i++) {
    const point = ring[i]!;
    const nx = Math.round((x0 + kx * point[0]!) * 10);
    const ny = Math.round((y0 + ky * point[1]!) * 10);
    const straight =
      (wx === px && px === nx && (py - wy) * (ny - py) > 0) ||
      (wy === py && py === ny && (px - wx) * (nx - px) > 0);
    if (!straight && (px !== wx || py !== wy)) {
      d += `l${tenths(px - wx)},${tenths(py - wy)}`;
      wx = px;
      wy = py;
    }
    px = nx;
    py = ny;
  }
  if (px !== wx || py !== wy) d += `l${tenths(px - wx)},${tenths(py - wy)}`;
  return `${d}Z`;
}

/** Labels keep this many grid cells from the plot's edges, where the clip would cut them. */
const LABEL_MARGIN = 8;

/** How many places along its line a level's label may take. */
const SPOTS = 8;

/**
 * Points spread along the level's longest ring, away from the plot's edges, for its label (in the
 * rings' coordinates): from the middle of that stretch of ring on, an eighth of it apart.
 */
function labelPoints(polygons: number[][][][], [ox, oy]: [number, number]): number[][] {
  let best: number[][] = [];
  for (const polygon of polygons) for (const ring of polygon) if (ring.length > best.length) best = ring;
  const away = best.filter(
    ([gx, gy]) =>
      gx! + ox > LABEL_MARGIN &&
      gx! + ox < GRID_SIZE - LABEL_MARGIN &&
      gy! + oy > LABEL_MARGIN &&
      gy! + oy < GRID_SIZE - LABEL_MARGIN,
  );
  const count = Math.min(SPOTS, away.length);
  return Array.from(
    { length: count },
    (_, k) => away[Math.floor(((k + count / 2) * away.length) / count) % away.length]!,
  );
}

/** Every how many levels one gets a label, so labels stay readable. */
const LABEL_EVERY = 2;

/**
 * Filled contours of f over the view box (d3-contour's marching squares, see `levelRegions`): a
 * 200×200 sample (the core's row-at-a-time evaluation, into a reused buffer), levels from
 * `contourLevels`, bands colored with viridis (perceptually uniform, readable with color-vision
 * deficiencies and in grayscale). Non-finite samples join a band rather than tearing holes: −∞ (log 0)
 * the lowest, +∞ and NaN (log of a negative) the highest. `toPixel` maps surface coordinates;
 * `format` writes a level's label to the significant digits asked for.
 */
export function surfaceContours(
  f: Expr,
  box: ViewBox,
  toPixel: (x: number, y: number) => [number, number],
  format: (value: number, digits: number) => string,
): SurfaceContours {
  const values = sample(f, box);
  const { thresholds, logSpaced, low, high } = contourLevels(values);
  for (let i = 0; i < values.length; i++)
    if (!Number.isFinite(values[i])) values[i] = values[i] === -Infinity ? low : high;

  const [x0, x1, y0, y1] = box;
  const dx = (x1 - x0) / (GRID_SIZE - 1);
  const dy = (y1 - y0) / (GRID_SIZE - 1);
  // toPixel is affine: read it once, then map each ring point with two multiply-adds.
  const [px0, py0] = toPixel(x0 - 0.5 * dx, y0 - 0.5 * dy);
  const [px1, py1] = toPixel(x0 + 0.5 * dx, y0 + 0.5 * dy);
  const [kx, ky] = [px1 - px0, py1 - py0];
  // Band k lies between levels k − 1 and k, so the region f ≤ level k takes color k.
  const color = (k: number) => viridis(thresholds.length ? k / thresholds.length : 0.5);

  const bands: ContourBand[] = [];
  const labels: ContourLabel[] = [];
  levelRegions(values, GRID_SIZE, thresholds).forEach(({ value, polygons, origin }, k) => {
    const place = { x0: px0 + kx * origin[0], y0: py0 + ky * origin[1], kx, ky };
    const path = polygons.map((polygon) => polygon.map((ring) => ringPath(ring, place)).join('')).join('');
    if (!path) return;
    bands.push({ path, value, fill: color(k) });
    if (k % LABEL_EVERY !== 0) return;
    const spots = labelPoints(polygons, origin).map(([gx, gy]): [number, number] => [
      place.x0 + kx * gx!,
      place.y0 + ky * gy!,
    ]);
    if (spots.length) labels.push({ value, text: '', spots });
  });
  // Three digits, or as many as tell the labels apart: over a loss far from 0 that changes little
  // in the view (1000 + x², or a deep zoom), three would write every level as the same number.
  let digits = 3;
  let texts: string[];
  do texts = labels.map((label) => format(label.value, digits));
  while (new Set(texts).size < texts.length && digits++ < 17);
  labels.forEach((label, i) => (label.text = texts[i]!));
  return { base: color(thresholds.length), bands: bands.reverse(), labels, logSpaced };
}
