import type { OptimizerRun } from '@dlviz/core';
import { drawnPoints } from './drawn-points.js';

export interface LossDomain {
  low: number;
  high: number;
  /**
   * The log axis' domain, when no loss is negative and some is positive; undefined otherwise. A
   * loss of exactly 0 (a run that lands on the minimum of x², and then `low` is 0) has no place on
   * it: it is drawn on the axis' bottom edge, a decade below the smallest positive loss (or below
   * 10⁻¹⁶ of the start, float64's precision, if that is higher) so that the two do not read alike.
   */
  log: readonly [number, number] | undefined;
}

/**
 * The loss axis: from the lowest finite loss any run reached to the highest starting loss. A run
 * that climbs far above the start (a diverging one, a spike) is cut at the top rather than
 * flattening the rest. One that goes back and forth above it, as gradient descent on |x| from near
 * its minimum does, is drawn whole: its peak extends the axis when it is within ten times the
 * start's height above the lowest loss, or when the start is the lowest loss (the axis would have
 * no height without it).
 */
export function lossDomain(runs: readonly OptimizerRun[]): LossDomain {
  let low = Infinity;
  let high = -Infinity;
  let peak = -Infinity;
  let lowPositive = Infinity;
  for (const run of runs) {
    const points = drawnPoints(run);
    for (let t = 0; t < points; t++) {
      const f = run.f[t]!;
      if (f < low) low = f;
      if (f > 0 && f < lowPositive) lowPositive = f;
      if (!run.diverged && f > peak) peak = f;
    }
    if (Number.isFinite(run.f[0])) high = Math.max(high, run.f[0]!);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { low: 0, high: 1, log: undefined };
  // Heights within float64's rounding of one value count as none (|x| makes 0.1 and 0.09999999999999998).
  const flat = (top: number) => top - low <= 1e-12 * (1 + Math.abs(top));
  if (flat(high) || peak - low <= 10 * (high - low)) high = Math.max(high, peak);
  if (flat(high)) {
    // A constant loss: a band around it of a tenth of it (of 1 around 0), so that its axis reads as
    // that one value, not as rounding noise around it.
    const pad = Math.abs(high) * 0.1 || 1;
    return { low: low - pad, high: high + pad, log: low > 0 ? [low / 2, high * 2] : undefined };
  }
  if (low < 0 || high <= 0) return { low, high, log: undefined };
  // Sixteen decades under the start is float64's own precision: a run that lands on the minimum
  // passes through losses such as 1e-320 on its way to 0, and an axis reaching down to them would
  // squeeze every other loss into its top few pixels. Those, like 0, sit at or under its bottom edge.
  const floor = high * 1e-16;
  return { low, high, log: [Math.max(lowPositive, floor) / (low < floor ? 10 : 1), high] };
}
