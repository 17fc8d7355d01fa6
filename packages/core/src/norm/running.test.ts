import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import type { NormProblem } from './problem.js';
import { readNorm } from './read.js';
import { batchNormEval, batchNormEvalFlat, runningEstimates, runningStats } from './running.js';

describe('runningStats', () => {
  it('follows PyTorch: start at 0 and 1, move by momentum towards the batch mean and unbiased variance', () => {
    // Channel 0 of batch 0 holds 1 and 3: mean 2, biased variance 1, unbiased 2.
    const run = runningStats([
      [
        [1, 10],
        [3, 14],
      ],
      [
        [0, 12],
        [4, 12],
      ],
    ]);
    const first = run.updates[0]!;
    expect(first).toMatchObject({
      batch: 0,
      channel: 0,
      count: 2,
      batchMean: 2,
      batchVariance: 1,
      unbiasedVariance: 2,
    });
    expect(first.after.mean).toBeCloseTo(0.2, 15);
    expect(first.after.variance).toBeCloseTo(1.1, 15);
    expect(first.sentence).toBe(
      'Batch 0, channel 0: batch mean 2, biased variance 1 (used to normalize this batch), unbiased 2/1·1 = 2; running mean = 0.9·0 + 0.1·2 = 0.2; running variance = 0.9·1 + 0.1·2 = 1.1',
    );
    expect(run.updates).toHaveLength(4);
    // Batch 1, channel 0: mean 2, unbiased variance 8.
    expect(run.final.mean[0]).toBeCloseTo(0.9 * 0.2 + 0.1 * 2, 15);
    expect(run.final.variance[0]).toBeCloseTo(0.9 * 1.1 + 0.1 * 8, 15);
    // Channel 1: means 12 and 12, unbiased variances 8 and 0.
    expect(run.final.mean[1]).toBeCloseTo(0.9 * 1.2 + 0.1 * 12, 13);
    expect(run.final.variance[1]).toBeCloseTo(0.9 * (0.9 + 0.8) + 0, 13);
    expect(run.history).toHaveLength(2);
  });

  it('reduces N, H and W of images and B and T of tokens', () => {
    const images = runningStats(
      [
        [
          [
            [
              [1, 2],
              [3, 4],
            ],
          ],
          [
            [
              [5, 6],
              [7, 8],
            ],
          ],
        ],
      ].map((b) => b),
      0.5,
    );
    expect(images.updates[0]).toMatchObject({
      count: 8,
      batchMean: 4.5,
      batchVariance: 5.25,
      unbiasedVariance: 6,
    });
    const tokens = runningStats([[[[1], [2], [3]]]], 1);
    expect(tokens.final).toEqual({ mean: [2], variance: [1] });
  });

  it('leaves the statistics alone for a one-value batch and says why', () => {
    const run = runningStats([[[5, 6]]]);
    expect(run.final).toEqual({ mean: [0, 0], variance: [1, 1] });
    expect(run.updates[0]!.unbiasedVariance).toBeUndefined();
    expect(run.updates[0]!.sentence).toContain('PyTorch refuses to train batch norm on it');
  });

  it('refuses a bad momentum or mismatched batches', () => {
    expect(() => runningStats([[[1]]], 1.5)).toThrow(RangeError);
    expect(() => runningStats([[[1, 2]], [[1, 2, 3]]])).toThrow('every batch needs 2 channels, got 3');
  });
});

describe('runningEstimates', () => {
  it('gives runningStats’ numbers without the sentences, one-value batches included', () => {
    const batches = [[[[0.5, -1.25, 2]], [[1, 1, 3.5]]], [[[4, 0, -2]], [[0.25, 0.75, 1]]], [[[7, 7, 7]]]];
    for (const momentum of [0, 0.1, 0.35, 1]) {
      const full = runningStats(batches, momentum);
      expect(runningEstimates(batches, momentum)).toEqual({ history: full.history, final: full.final });
    }
  });
});

describe('batchNormEval', () => {
  it('normalizes with the running statistics instead of the batch ones', () => {
    const c = new Checker();
    const problem = readNorm(c, {
      widget: 'norm',
      input: [[1.2], [3]],
      type: 'batch',
      gamma: [2],
      beta: [0.5],
    }) as NormProblem;
    const output = batchNormEval(problem, { mean: [0.2], variance: [1.1] }) as number[][];
    expect(output[0]![0]).toBeCloseTo((2 * (1.2 - 0.2)) / Math.sqrt(1.1 + 1e-5) + 0.5, 14);
    expect(output[1]![0]).toBeCloseTo((2 * (3 - 0.2)) / Math.sqrt(1.1 + 1e-5) + 0.5, 14);
    expect(() => batchNormEval(problem, { mean: [0, 0], variance: [1, 1] })).toThrow(RangeError);
  });

  it('gives the same output flat, in row-major order', () => {
    const c = new Checker();
    const problem = readNorm(c, {
      widget: 'norm',
      input: [
        [1.2, -4],
        [3, 0.5],
        [-1, 2],
      ],
      type: 'batch',
      gamma: [2, 0.5],
      beta: [0.5, -1],
    }) as NormProblem;
    const running = { mean: [0.2, -0.4], variance: [1.1, 2.5] };
    const flat = batchNormEvalFlat(problem, running);
    expect(flat).toBeInstanceOf(Float64Array);
    expect([...flat]).toEqual((batchNormEval(problem, running) as number[][]).flat());
    expect(() => batchNormEvalFlat(problem, { mean: [0], variance: [1] })).toThrow(RangeError);
  });
});
