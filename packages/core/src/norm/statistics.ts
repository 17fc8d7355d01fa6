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
  const { rowStart, rowGroup, rowLength: W, rowStride: step } = g;
  for (let r = 0; r < rowStart.length; r++) {
    let s = 0;
    for (let w = 0, i = rowStart[r]!; w < W; w++, i += step) s += x[i]!;
    sum[rowGroup[r]!]! += s;
  }
  if (centred) for (let k = 0; k < sum.length; k++) mean[k] = sum[k]! / g.members;
  for (let r = 0; r < rowStart.length; r++) {
    const m = mean[rowGroup[r]!]!;
    let s = 0;
    for (let w = 0, i = rowStart[r]!; w < W; w++, i += step) s += (x[i]! - m) * (x[i]! - m);
    spread[rowGroup[r]!]! += s;
  }
  for (let k = 0; k < spread.length; k++) spread[k]! /= g.members;
  return { sum, mean, spread };
}
