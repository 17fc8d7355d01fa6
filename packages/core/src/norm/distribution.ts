import { computeNorm } from './compute.js';
import { channelNoun, type NormLayout } from './layout.js';
import type { NormProblem } from './problem.js';

/** A box-plot summary of some values: quartiles interpolated linearly, standard deviation biased. */
export interface Summary {
  readonly count: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly mean: number;
  readonly std: number;
}

/** One channel's (or example's) values before and after normalization, for the before/after view. */
export interface BeforeAfter {
  readonly index: number;
  readonly label: string;
  readonly before: Summary;
  readonly after: Summary;
}

function quantile(sorted: Float64Array, q: number): number {
  const at = q * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function summarize(values: Float64Array): Summary {
  return summary(values, false);
}

/** `owned`: the values are a scratch copy, sorted in place once the sums are taken. */
function summary(values: Float64Array, owned: boolean): Summary {
  // Plain loops rather than reduce: the viewer summarizes every channel again on each change of
  // type, often before the engine has optimized the callbacks. Same order of additions, same sums.
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) * (values[i]! - mean);
  const variance = squares / values.length;
  const sorted = (owned ? values : values.slice()).sort();
  return {
    count: values.length,
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
    mean,
    std: Math.sqrt(variance),
  };
}

function noun(by: 'channel' | 'example', layout: NormLayout): string {
  return by === 'example' ? 'example' : channelNoun(layout).replace(/s$/, '');
}

/**
 * The input's summaries depend only on the input and how it is bucketed, not on the norm type, so
 * switching types (a new problem sharing the same input array) reuses them instead of re-sorting.
 */
const inputSummaries = new WeakMap<object, Map<string, Summary[]>>();

/**
 * The input's and the output's values per channel (feature for BTD) or per example, summarized:
 * batch norm evens out the channels, layer norm the examples, which the before/after view shows.
 */
export function normDistributions(
  problem: NormProblem,
  by: 'channel' | 'example' = 'channel',
): BeforeAfter[] {
  const { grouping: g, x, output } = computeNorm(problem);
  const perExample = g.cells / g.shape[0]!;
  const bucketCount = by === 'channel' ? g.sizes[1] : g.shape[0]!;
  const size = g.cells / bucketCount;
  const known = inputSummaries.get(problem.input) ?? new Map<string, Summary[]>();
  inputSummaries.set(problem.input, known);
  const key = `${by} ${problem.layout}`;
  const summarized = known.get(key);
  // The input's values are gathered only when its summaries are not known yet.
  const bucket = () => new Float64Array(size);
  const before = summarized ? undefined : Array.from({ length: bucketCount }, bucket);
  const after = Array.from({ length: bucketCount }, bucket);
  const filled = new Int32Array(bucketCount);
  // Row by row, as the solver walks, rather than a callback per cell: this runs on every change of
  // type. A row of the grouping lies within one example and one channel, so it fills one bucket.
  const { rowStart, rowChannel, rowLength: W, rowStride: step } = g;
  for (let r = 0; r < rowStart.length; r++) {
    const b = by === 'channel' ? rowChannel[r]! : Math.floor(rowStart[r]! / perExample);
    const [into, out] = [before?.[b], after[b]!];
    let k = filled[b]!;
    for (let w = 0, i = rowStart[r]!; w < W; w++, i += step, k++) {
      if (into) into[k] = x[i]!;
      out[k] = output[i]!;
    }
    filled[b] = k;
  }
  const summaries = summarized ?? before!.map((values) => summary(values, true));
  known.set(key, summaries);
  return summaries.map((inputSummary, b) => ({
    index: b,
    label: `${noun(by, problem.layout)} ${b}`,
    before: inputSummary,
    after: summary(after[b]!, true),
  }));
}
