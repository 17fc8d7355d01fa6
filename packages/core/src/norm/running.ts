import { formatFactor, formatText } from '../format/number.js';
import { tex, texFactor } from '../format/tex.js';
import { computeNorm } from './compute.js';
import { forEachCell, grouping, type Grouping } from './grouping.js';
import { channelNoun, layoutOfRank, type NormInput } from './layout.js';
import type { NormProblem, NormTensor } from './problem.js';
import { groupStatistics } from './statistics.js';
import { flatten, shapeOf, unflatten, type NestedNumbers } from './tensor.js';

/** Batch norm's running estimates, one per channel (feature), as PyTorch keeps them for eval mode. */
export interface RunningStatistics {
  readonly mean: number[];
  readonly variance: number[];
}

/** One channel's update after one training batch. */
export interface RunningUpdate {
  readonly batch: number;
  readonly channel: number;
  /** Values of the channel in the batch (N·H·W, N, or B·T). */
  readonly count: number;
  readonly batchMean: number;
  /** Biased: what training mode normalizes the batch with. */
  readonly batchVariance: number;
  /** count/(count − 1) · biased: what the running variance tracks; undefined for a single value. */
  readonly unbiasedVariance: number | undefined;
  readonly before: { readonly mean: number; readonly variance: number };
  readonly after: { readonly mean: number; readonly variance: number };
  readonly sentence: string;
  readonly tex: string;
}

export interface RunningRun {
  /** Batch by batch, channel by channel. */
  readonly updates: RunningUpdate[];
  /** The running statistics after each batch. */
  readonly history: RunningStatistics[];
  readonly final: RunningStatistics;
}

function batchGrouping(input: NormInput, channels: number | undefined): Grouping {
  const shape = shapeOf(input);
  const layout = layoutOfRank(shape.length);
  if (!layout) throw new RangeError(`runningStats: a batch must have rank 2, 3 or 4, got ${shape.length}`);
  const g = grouping('batch', layout, shape);
  if (channels !== undefined && g.groupCount !== channels) {
    throw new RangeError(
      `runningStats: every batch needs ${channels} ${channelNoun(layout)}, got ${g.groupCount}`,
    );
  }
  return g;
}

type Estimate = { readonly mean: number; readonly variance: number };

/**
 * Why a batch with one value per channel leaves the running statistics alone, worded once for the
 * worked update and for a widget that shows the running statistics without the worked sentences.
 */
export const singleValueNoUpdate =
  'the unbiased variance is undefined; PyTorch refuses to train batch norm on it';

/** One channel's statistics in one training batch, and its running estimate before that batch. */
interface ChannelBatch {
  readonly batch: number;
  readonly channel: number;
  /** Values of the channel in the batch. */
  readonly count: number;
  readonly mean: number;
  /** Biased, as the batch is normalized with it. */
  readonly variance: number;
  readonly before: Estimate;
}

/**
 * One channel's running statistics after one batch: unchanged for a single value (PyTorch refuses
 * to train on it), else moved by the momentum towards the batch mean and unbiased variance.
 */
function advance(
  { count, mean, variance, before }: ChannelBatch,
  m: number,
): { unbiased: number | undefined; after: Estimate } {
  if (count === 1) return { unbiased: undefined, after: before };
  const unbiased = (variance * count) / (count - 1);
  return {
    unbiased,
    after: {
      mean: (1 - m) * before.mean + m * mean,
      variance: (1 - m) * before.variance + m * unbiased,
    },
  };
}

function update(seen: ChannelBatch, m: number): RunningUpdate {
  const { batch, channel, count, mean, variance, before } = seen;
  const label = `Batch ${batch}, channel ${channel}`;
  const { unbiased, after } = advance(seen, m);
  const facts = {
    batch,
    channel,
    count,
    batchMean: mean,
    batchVariance: variance,
    unbiasedVariance: unbiased,
    before,
    after,
  };
  if (unbiased === undefined) {
    return {
      ...facts,
      sentence: `${label}: one value only, so ${singleValueNoUpdate}, and the running statistics stay at mean ${formatText(before.mean)}, variance ${formatText(before.variance)}`,
      tex: `\\text{one value: no update}`,
    };
  }
  const keep = 1 - m;
  return {
    ...facts,
    sentence:
      `${label}: batch mean ${formatText(mean)}, biased variance ${formatText(variance)} (used to normalize this batch), ` +
      `unbiased ${count}/${count - 1}·${formatText(variance)} = ${formatText(unbiased)}; ` +
      `running mean = ${formatText(keep)}·${formatFactor(before.mean)} + ${formatText(m)}·${formatFactor(mean)} = ${formatText(after.mean)}; ` +
      `running variance = ${formatText(keep)}·${formatFactor(before.variance)} + ${formatText(m)}·${formatFactor(unbiased)} = ${formatText(after.variance)}`,
    tex:
      `s^2 = \\frac{${count}}{${count - 1}} \\cdot ${texFactor(variance)} = ${tex(unbiased)},\\quad ` +
      `\\hat{\\mu} \\leftarrow ${tex(keep)} \\cdot ${texFactor(before.mean)} + ${tex(m)} \\cdot ${texFactor(mean)} = ${tex(after.mean)},\\quad ` +
      `\\hat{\\sigma}^2 \\leftarrow ${tex(keep)} \\cdot ${texFactor(before.variance)} + ${tex(m)} \\cdot ${texFactor(unbiased)} = ${tex(after.variance)}`,
  };
}

/** Batch by batch, each channel's update as `make` writes it, and the statistics after each batch. */
function run<U extends { readonly after: Estimate }>(
  batches: readonly NormInput[],
  momentum: number,
  make: (seen: ChannelBatch) => U,
): { updates: U[]; history: RunningStatistics[]; final: RunningStatistics } {
  if (!(momentum >= 0 && momentum <= 1))
    throw new RangeError(`runningStats: momentum must lie in [0, 1], got ${momentum}`);
  const first = batches[0];
  const channels = first === undefined ? 0 : batchGrouping(first, undefined).groupCount;
  let running: RunningStatistics = {
    mean: new Array<number>(channels).fill(0),
    variance: new Array<number>(channels).fill(1),
  };
  const updates: U[] = [];
  const history: RunningStatistics[] = [];
  batches.forEach((input, b) => {
    const g = batchGrouping(input, channels);
    const stats = groupStatistics(flatten(input as NestedNumbers, g.shape), g, true);
    const made = running.mean.map((mean, c) =>
      make({
        batch: b,
        channel: c,
        count: g.members,
        mean: stats.mean[c]!,
        variance: stats.spread[c]!,
        before: { mean, variance: running.variance[c]! },
      }),
    );
    updates.push(...made);
    running = { mean: made.map((u) => u.after.mean), variance: made.map((u) => u.after.variance) };
    history.push(running);
  });
  return { updates, history, final: running };
}

/**
 * Batch norm's running statistics over a sequence of training batches, as PyTorch updates them:
 * they start at mean 0 and variance 1, and each batch moves them by `momentum` towards its mean and
 * its unbiased variance (while the batch itself is normalized with the biased one). Batches are
 * inputs of one layout and channel count, as validated problems hold them.
 */
export function runningStats(batches: readonly NormInput[], momentum = 0.1): RunningRun {
  return run(batches, momentum, (seen) => update(seen, momentum));
}

/**
 * The same running statistics without the worked sentences: what a widget's table shows, so that its
 * bundle carries the numbers and not the prose.
 */
export function runningEstimates(
  batches: readonly NormInput[],
  momentum = 0.1,
): Pick<RunningRun, 'history' | 'final'> {
  const { history, final } = run(batches, momentum, (seen) => advance(seen, momentum));
  return { history, final };
}

/**
 * Eval mode: the problem's input normalized per channel with running statistics instead of its own,
 * y = (x − running mean)/√(running variance + eps)·γ + β, so a widget can set it beside training mode.
 */
export function batchNormEval(problem: NormProblem, running: RunningStatistics): NormTensor {
  return unflatten(batchNormEvalFlat(problem, running), shapeOf(problem.input)) as NormTensor;
}

/**
 * The same eval-mode output flat in row-major order, as `normFlat` gives training mode's: a widget
 * comparing the two modes cell by cell reads it without nesting it first and flattening it again.
 */
export function batchNormEvalFlat(problem: NormProblem, running: RunningStatistics): Float64Array {
  const { grouping: own, x } = computeNorm(problem);
  const g = grouping('batch', problem.layout, own.shape);
  if (running.mean.length !== g.groupCount || running.variance.length !== g.groupCount) {
    throw new RangeError(
      `batchNormEval: running statistics need ${g.groupCount} ${channelNoun(problem.layout)}`,
    );
  }
  const output = new Float64Array(g.cells);
  forEachCell(g, (i, _group, c) => {
    output[i] =
      ((x[i]! - running.mean[c]!) / Math.sqrt(running.variance[c]! + problem.eps)) * problem.gamma[c]! +
      problem.beta[c]!;
  });
  return output;
}
