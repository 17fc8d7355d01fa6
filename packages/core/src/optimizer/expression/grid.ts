import type { ValueFunction } from './value.js';

/** [xmin, xmax, ymin, ymax]. */
export type ViewBox = readonly [number, number, number, number];

/**
 * f sampled on a columns × rows lattice spanning the box, corners included, row-major from
 * (xmin, ymin): the input of a contour plot. Non-finite values are kept for the caller to mask.
 */
export function sampleGrid(f: ValueFunction, box: ViewBox, columns: number, rows: number): Float64Array {
  const [x0, x1, y0, y1] = box;
  const out = new Float64Array(columns * rows);
  const dx = columns > 1 ? (x1 - x0) / (columns - 1) : 0;
  const dy = rows > 1 ? (y1 - y0) / (rows - 1) : 0;
  for (let j = 0; j < rows; j++) {
    const y = y0 + j * dy;
    for (let i = 0; i < columns; i++) out[j * columns + i] = f(x0 + i * dx, y);
  }
  return out;
}
