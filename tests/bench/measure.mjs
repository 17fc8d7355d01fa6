// Timing helpers for benchmarks: warm up, then take the median of several runs, because a single
// run on a shared 2-core machine says more about the neighbours than about the code.
import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median milliseconds of `fn` over `runs` runs after `warmup` unmeasured ones. */
export function timeMs(fn, { runs = 9, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * A figure of the report: what was measured, its value, and the target it is held to (none for
 * figures reported only for comparison).
 */
export function figure(name, value, unit, target, better = 'lower') {
  if (target === undefined) return { name, value, unit, better };
  const pass = better === 'lower' ? value <= target : value >= target;
  return { name, value, unit, target, better, pass };
}
