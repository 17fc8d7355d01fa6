import type { OptimizerRun } from '@dlviz/core';

export interface LossDomain {
  low: number;
  high: number;
  /** Every finite loss is positive, so a log scale can show them all. */
  positive: boolean;
}

/**
 * The loss axis: from the lowest finite loss any run reached to the highest starting loss. A run
 * that climbs above the start (a diverging one) is cut at the top rather than flattening the rest.
 */
export function lossDomain(runs: readonly OptimizerRun[]): LossDomain {
  let low = Infinity;
  let high = -Infinity;
  for (const run of runs) {
    const last = run.diverged ? run.updates - 1 : run.updates;
    for (let t = 0; t <= last; t++) if (run.f[t]! < low) low = run.f[t]!;
    if (Number.isFinite(run.f[0])) high = Math.max(high, run.f[0]!);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { low: 0, high: 1, positive: false };
  const positive = low > 0;
  if (high - low <= 1e-12 * (1 + Math.abs(high))) {
    const pad = Math.max(Math.abs(high) * 0.1, 1e-9);
    return { low: positive ? low / 2 : low - pad, high: high + pad, positive };
  }
  return { low, high, positive };
}
