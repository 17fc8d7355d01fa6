import { rowProgram, type Expr, type ViewBox } from '@dlviz/core';
import { contours } from 'd3-contour';
import { viridis } from './viridis.js';
import { contourLevels } from './contour-levels.js';

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

/** Maps a grid coordinate of d3-contour (sample i sits at i + 0.5) to pixels. */
type Place = (gx: number, gy: number) => [number, number];

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

/** Tenths of a pixel, without toFixed's cost: the rings have tens of thousands of points. */
const tenth = (v: number) => Math.round(v * 10) / 10;

function ringPath(ring: number[][], place: Place): string {
  let d = '';
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = place(ring[i]![0]!, ring[i]![1]!);
    d += `${i === 0 ? 'M' : 'L'}${tenth(x)},${tenth(y)}`;
  }
  return `${d}Z`;
}

/** Labels keep this many grid cells from the plot's edges, where the clip would cut them. */
const LABEL_MARGIN = 8;

/** A point on the level's longest ring, away from the plot's edges, for its label. */
function labelPoint(polygons: number[][][][]): [number, number] | undefined {
  let best: number[][] | undefined;
  for (const polygon of polygons)
    for (const ring of polygon) if (!best || ring.length > best.length) best = ring;
  if (!best) return undefined;
  const inside = (p: number[]) =>
    p[0]! > LABEL_MARGIN &&
    p[0]! < GRID_SIZE - LABEL_MARGIN &&
    p[1]! > LABEL_MARGIN &&
    p[1]! < GRID_SIZE - LABEL_MARGIN;
  for (let offset = 0; offset < best.length; offset++) {
    const p = best[(Math.floor(best.length / 2) + offset) % best.length]!;
    if (inside(p)) return [p[0]!, p[1]!];
  }
  return undefined;
}

/** Every how many levels one gets a label, so labels stay readable. */
const LABEL_EVERY = 2;

/**
 * Filled contours of f over the view box (d3-contour's marching squares): a 200×200 sample
 * (the core's row-at-a-time evaluation, into a reused buffer), levels from `contourLevels`, bands colored with viridis (perceptually
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
  // toPixel is affine: read it once, then map each ring point with two multiply-adds.
  const [px0, py0] = toPixel(x0 - 0.5 * dx, y0 - 0.5 * dy);
  const [px1, py1] = toPixel(x0 + 0.5 * dx, y0 + 0.5 * dy);
  const place: Place = (gx, gy) => [px0 + gx * (px1 - px0), py0 + gy * (py1 - py0)];
  const color = (k: number) => viridis(thresholds.length ? k / thresholds.length : 0.5);

  const generator = contours().size([GRID_SIZE, GRID_SIZE]);
  const bands: ContourBand[] = [];
  const labels: ContourLabel[] = [];
  thresholds.forEach((value, k) => {
    const geometry = generator.contour(values as unknown as number[], value);
    const path = geometry.coordinates
      .map((polygon) => polygon.map((ring) => ringPath(ring, place)).join(''))
      .join('');
    if (!path) return;
    bands.push({ path, value, fill: color(k + 1) });
    if (k % LABEL_EVERY !== 0) return;
    const at = labelPoint(geometry.coordinates);
    if (at) {
      const [x, y] = place(at[0], at[1]);
      labels.push({ x, y, text: format(value) });
    }
  });
  return { base: color(0), bands, labels, logSpaced };
}
