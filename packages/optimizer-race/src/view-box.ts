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

/**
 * What keeps [lo, hi] from being a side of a view, or undefined when nothing does: 'narrow' when its
 * width is not above a billionth of lo's size (1 + |lo|), short of where doubles stop telling the
 * grid's points apart; 'wide' when it is 10¹² or more, where the plot's grid loses the digits it
 * needs. A side that is not a finite number has one of the two.
 */
export function sideFault(lo: number, hi: number): 'narrow' | 'wide' | undefined {
  // Written as "not within" so that NaN fails each test.
  if (!(hi - lo > 1e-9 * (1 + Math.abs(lo)))) return 'narrow';
  if (!(hi - lo < 1e12)) return 'wide';
}

/** A view is usable when neither side has a fault. */
export function usableView(box: ViewBox): boolean {
  return !sideFault(box[0], box[1]) && !sideFault(box[2], box[3]);
}

/**
 * Whether two views are the same but for rounding: zooming in and out again comes back to the fitted
 * view give or take the last bits, which should not count as a view of the reader's own.
 */
export function sameView(a: ViewBox, b: ViewBox): boolean {
  const tolerance = 1e-9 * Math.max(b[1] - b[0], b[3] - b[2]);
  return a.every((side, i) => Math.abs(side - b[i]!) <= tolerance);
}
