import { ticks } from 'd3-array';

export interface ContourLevels {
  /** Ascending thresholds strictly between the grid's lowest and highest value. */
  thresholds: number[];
  /** Spaced evenly in log(f − min): the range spans decades, as Rosenbrock's and Beale's do. */
  logSpaced: boolean;
}

/** How many times the full range may exceed the spread of the lowest tenth before levels go logarithmic. */
const WIDE = 100;

/**
 * Contour levels for a sampled surface. Linear "nice" ticks suit a bowl; where most of the plot lies
 * in a thin layer near the minimum while the corners reach thousands (Rosenbrock), linear levels would
 * all crowd into the corners, so the levels are spaced geometrically above the minimum instead.
 */
export function contourLevels(values: Float64Array, count = 12): ContourLevels {
  const finite = values.filter(Number.isFinite).sort();
  const n = finite.length;
  if (n === 0) return { thresholds: [], logSpaced: false };
  const lo = finite[0]!;
  const hi = finite[n - 1]!;
  const range = hi - lo;
  if (!(range > 1e-12 * (1 + Math.abs(hi)))) return { thresholds: [], logSpaced: false };
  const tenth = finite[Math.floor(0.1 * (n - 1))]! - lo;
  if (range <= WIDE * tenth) {
    return { thresholds: ticks(lo, hi, count).filter((t) => t > lo && t < hi), logSpaced: false };
  }
  const bottom = Math.max(finite[Math.floor(0.01 * (n - 1))]! - lo, range * 1e-6);
  const ratio = Math.pow(range / bottom, 1 / count);
  const thresholds = Array.from({ length: count }, (_, k) => lo + bottom * Math.pow(ratio, k)).filter(
    (t) => t > lo && t < hi,
  );
  return { thresholds, logSpaced: true };
}
