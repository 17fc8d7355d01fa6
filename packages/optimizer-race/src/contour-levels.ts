import { ticks } from 'd3-array';

export interface ContourLevels {
  /** Ascending thresholds strictly between the grid's lowest and highest finite value. */
  thresholds: number[];
  /** Spaced evenly in log(f − min): the range spans decades, as Rosenbrock's and Beale's do. */
  logSpaced: boolean;
  /** The grid's lowest and highest finite value (±∞ when none is finite). */
  low: number;
  high: number;
}

/** How many times the full range may exceed the spread of the lowest tenth before levels go logarithmic. */
const WIDE = 100;

/** At most this many levels: more would cost time per redraw and crowd the labels. */
export const MAX_LEVELS = 14;

/** Samples the quantiles are read from: sorting every 40 000th-grid value would cost more than the contours. */
const QUANTILE_SAMPLES = 4096;

/**
 * Contour levels for a sampled surface. Linear "nice" ticks suit a bowl; where most of the plot lies
 * in a thin layer near the minimum while the corners reach thousands (Rosenbrock), linear levels would
 * all crowd into the corners, so the levels are spaced geometrically above the minimum instead.
 */
export function contourLevels(values: Float64Array, count = 10): ContourLevels {
  // Finite values only: one −∞ (log 0) or +∞ (exp overflowing) in a corner would leave no range.
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo && v !== -Infinity) lo = v;
    if (v > hi && v !== Infinity) hi = v;
  }
  const stride = Math.max(1, Math.floor(values.length / QUANTILE_SAMPLES));
  // A plain strided loop: filter's callback per grid value cost more than sorting what it keeps.
  const picked = new Float64Array(Math.ceil(values.length / stride));
  let n = 0;
  for (let i = 0; i < values.length; i += stride) if (Number.isFinite(values[i])) picked[n++] = values[i]!;
  const finite = picked.subarray(0, n).sort();
  const none = { thresholds: [], logSpaced: false, low: lo, high: hi };
  if (n === 0 || !Number.isFinite(lo) || !Number.isFinite(hi)) return none;
  const range = hi - lo;
  if (!(range > 1e-12 * (1 + Math.abs(hi)))) return none;
  const tenth = finite[Math.floor(0.1 * (n - 1))]! - lo;
  if (range <= WIDE * tenth) {
    const inside = (wanted: number) => ticks(lo, hi, wanted).filter((t) => t > lo && t < hi);
    // "Nice" ticks may overshoot the count asked for (up to about twice); halve the request then.
    const levels = inside(count);
    return { ...none, thresholds: levels.length > MAX_LEVELS ? inside(count / 2) : levels };
  }
  const bottom = Math.max(finite[Math.floor(0.01 * (n - 1))]! - lo, range * 1e-6);
  const ratio = Math.pow(range / bottom, 1 / count);
  const thresholds = Array.from({ length: count }, (_, k) => lo + bottom * Math.pow(ratio, k)).filter(
    (t) => t > lo && t < hi,
  );
  return { ...none, thresholds, logSpaced: true };
}
