import { tickDigits } from './tick-digits.js';

/**
 * The significant digits a side of the view is written with in its field, on an axis from lo to hi.
 * A side as short as a reader types one (six significant digits or fewer: a preset's, a typed one,
 * most fitted ones) is written in full. A side that zooming about the pointer or panning computed,
 * sixteen digits long, is written to a thousandth of the axis's span or a little finer: −14.58,
 * not −14.5773, whose last digits say nothing a reader could see on the plot.
 */
export function sideDigits(side: number, lo: number, hi: number): number {
  return Number(side.toPrecision(6)) === side ? 6 : tickDigits([lo, hi], 1) + 3;
}
