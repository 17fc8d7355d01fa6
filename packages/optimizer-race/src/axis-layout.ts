import type { Margin } from './plot-area.js';

/**
 * Where a chart's axis texts go, so that none overlaps another or is cut off at the chart's edge,
 * at any width and with numbers of any length. The axis names have rows of their own: the y axis'
 * above the plot, the x axis' below the tick numbers. Widths are estimated, not measured, so the
 * layout is worked out before anything is drawn (the scales depend on it).
 */

/** The tick numbers' font size (ChartAxes sets it). */
export const TICK_FONT = 10.5;
/** Above the plot: the y axis' name. */
export const AXIS_TOP = 18;
/** Below the plot: the tick numbers, then the x axis' name. */
export const AXIS_BOTTOM = 36;
/** Between a y tick's number and the axis: its 5 px tick and a gap. */
const Y_TICK_GAP = 8;
/** Space between neighbouring x tick numbers, and between the numbers and the chart's left edge. */
const SPACE = 6;

/**
 * An upper bound on a number's width at the tick font: digits are at most 0.64 em wide in the fonts
 * a page falls back to, the minus sign 0.84 em, a point or a comma far less.
 */
export function tickWidth(text: string): number {
  let em = 0;
  for (const c of text) em += c === '−' || c === '-' ? 0.84 : 0.64;
  return em * TICK_FONT;
}

/** The chart's margin: the left one wide enough for the widest y tick number, at least `left`. */
export function chartMargin(yLabels: readonly string[], left: number, right: number): Margin {
  const widest = Math.max(0, ...yLabels.map(tickWidth));
  return {
    top: AXIS_TOP,
    right,
    bottom: AXIS_BOTTOM,
    left: Math.max(left, Math.ceil(widest + Y_TICK_GAP + SPACE)),
  };
}

export interface XTick {
  /** The tick's value, and where its mark is. */
  value: number;
  at: number;
  /** Its number, and where the number's middle is: moved in from the chart's ends to fit. */
  text: string;
  x: number;
}

/**
 * The x ticks with their numbers placed: each centred under its tick, or moved inward just enough
 * to fit the chart's width (a last tick at the right end would be cut in half); every other tick
 * dropped, as often as it takes, while neighbouring numbers would touch.
 */
export function xTicks(
  values: readonly number[],
  place: (value: number) => number,
  format: (value: number) => string,
  width: number,
): XTick[] {
  const ticks = values.map((value) => {
    const text = format(value);
    const half = tickWidth(text) / 2;
    const at = place(value);
    return { value, at, text, x: Math.min(width - half, Math.max(half, at)), half };
  });
  let kept = ticks;
  while (
    kept.length > 2 &&
    kept.some((t, i) => i > 0 && t.x - t.half < kept[i - 1]!.x + kept[i - 1]!.half + SPACE)
  )
    kept = kept.filter((_, i) => i % 2 === 0);
  return kept.map(({ value, at, text, x }) => ({ value, at, text, x }));
}
