import type { Expr, ViewBox } from '@dlviz/core';
import { viridis } from './viridis.js';
import { contourLevels } from './contour-levels.js';
import { levelOutlines, type GridToPixel } from './level-outlines.js';
import { rowProgram } from './row-program.js';

/** Samples per side: fine enough for smooth contours, cheap enough to redo on every zoom. */
export const GRID_SIZE = 200;

export interface ContourBand {
  /** The region where f ≥ value, in pixels. */
  path: string;
  value: number;
  fill: string;
}

export interface ContourLabel {
  x: number;
  y: number;
  text: string;
}

export interface SurfaceContours {
  /** The fill below the lowest level. */
  base: string;
  bands: ContourBand[];
  labels: ContourLabel[];
  logSpaced: boolean;
}

/**
 * The grid's samples. Contours are computed synchronously and keep no reference to their input, so
 * every plot on the page can share one buffer instead of allocating 320 kB per redraw.
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

/** Every how many levels one gets a label, so labels stay readable. */
const LABEL_EVERY = 2;

/** Labels keep this many grid cells from the plot's edges, where the clip would cut them. */
const LABEL_MARGIN = 8;

/**
 * Filled contours of f over the view box: a 200×200 sample (evaluated a row at a time, into a
 * reused buffer), levels from `contourLevels`, bands colored with viridis (perceptually
 * uniform, readable with color-vision deficiencies and in grayscale). Non-finite samples (log of a
 * negative) join the highest band rather than tearing holes. `toPixel` maps surface coordinates.
 */
export function surfaceContours(
  f: Expr,
  box: ViewBox,
  toPixel: (x: number, y: number) => [number, number],
  format: (value: number) => string,
): SurfaceContours {
  const values = sample(f, box);
  const { thresholds, logSpaced } = contourLevels(values);
  let highest = -Infinity;
  for (let i = 0; i < values.length; i++)
    if (values[i]! > highest && values[i] !== Infinity) highest = values[i]!;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) values[i] = highest;

  const [x0, x1, y0, y1] = box;
  const dx = (x1 - x0) / (GRID_SIZE - 1);
  const dy = (y1 - y0) / (GRID_SIZE - 1);
  // toPixel is affine: read it at two grid points (sample i sits at grid coordinate i + 0.5).
  const [px0, py0] = toPixel(x0 - 0.5 * dx, y0 - 0.5 * dy);
  const [px1, py1] = toPixel(x0 + 0.5 * dx, y0 + 0.5 * dy);
  const gridToPixel: GridToPixel = [px0, px1 - px0, py0, py1 - py0];
  const color = (k: number) => viridis(thresholds.length ? k / thresholds.length : 0.5);

  const bands: ContourBand[] = [];
  const labels: ContourLabel[] = [];
  levelOutlines(values, GRID_SIZE, thresholds, gridToPixel, LABEL_MARGIN).forEach(({ path, labelAt }, k) => {
    const value = thresholds[k]!;
    if (!path) return;
    bands.push({ path, value, fill: color(k + 1) });
    if (k % LABEL_EVERY === 0 && labelAt) labels.push({ x: labelAt[0], y: labelAt[1], text: format(value) });
  });
  return { base: color(0), bands, labels, logSpaced };
}
