import type { ViewBox } from '@dlviz/core';

/** The view scaled by `factor` (< 1 zooms in) about the point (x, y), which stays where it is. */
export function zoomed(
  box: ViewBox,
  factor: number,
  x = (box[0] + box[1]) / 2,
  y = (box[2] + box[3]) / 2,
): ViewBox {
  return [
    x + (box[0] - x) * factor,
    x + (box[1] - x) * factor,
    y + (box[2] - y) * factor,
    y + (box[3] - y) * factor,
  ];
}

/** The view moved by (dx, dy) in surface units. */
export function panned(box: ViewBox, dx: number, dy: number): ViewBox {
  return [box[0] + dx, box[1] + dx, box[2] + dy, box[3] + dy];
}

/** A view is usable when each side is finite and has a positive, representable width. */
export function usableView(box: ViewBox): boolean {
  const [x0, x1, y0, y1] = box;
  const ok = (lo: number, hi: number) =>
    Number.isFinite(lo) &&
    Number.isFinite(hi) &&
    hi > lo &&
    hi - lo > 1e-9 * (1 + Math.abs(lo)) &&
    hi - lo < 1e12;
  return ok(x0, x1) && ok(y0, y1);
}

/**
 * Whether two views are the same but for rounding: zooming in and out again comes back to the fitted
 * view give or take the last bits, which should not count as a view of the reader's own.
 */
export function sameView(a: ViewBox, b: ViewBox): boolean {
  const tolerance = 1e-9 * Math.max(b[1] - b[0], b[3] - b[2]);
  return a.every((side, i) => Math.abs(side - b[i]!) <= tolerance);
}
