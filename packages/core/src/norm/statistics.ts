import type { Grouping } from './grouping.js';

/** Per-group sums and the statistic normalization divides by. */
export interface GroupStatistics {
  readonly sum: Float64Array;
  /** Zero for RMS norm, which does not centre. */
  readonly mean: Float64Array;
  /** Biased variance (mean squared deviation), or the mean square for RMS norm. */
  readonly spread: Float64Array;
}

/**
 * The one reduction engine behind all five types and three layouts: it only asks each cell's group.
 * Two passes (mean, then squared deviations) rather than E[x²] − E[x]², which cancels badly.
 */
export function groupStatistics(x: Float64Array, g: Grouping, centred: boolean): GroupStatistics {
  const sum = new Float64Array(g.groupCount);
  const mean = new Float64Array(g.groupCount);
  const spread = new Float64Array(g.groupCount);
  const group = g.group;
  for (let i = 0; i < x.length; i++) sum[group[i]!]! += x[i]!;
  if (centred) for (let k = 0; k < sum.length; k++) mean[k] = sum[k]! / g.members;
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - mean[group[i]!]!;
    spread[group[i]!]! += d * d;
  }
  for (let k = 0; k < spread.length; k++) spread[k]! /= g.members;
  return { sum, mean, spread };
}
