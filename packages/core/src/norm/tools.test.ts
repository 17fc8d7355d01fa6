import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { normDistributions, summarize } from './distribution.js';
import type { NormProblem } from './problem.js';
import { randomNormInput } from './random.js';
import { readNorm } from './read.js';

function read(value: unknown): NormProblem {
  const c = new Checker();
  return readNorm(c, value)!;
}

describe('summarize', () => {
  it('gives quartiles, mean and biased standard deviation', () => {
    expect(summarize(new Float64Array([4, 1, 3, 2]))).toEqual({
      count: 4,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
      mean: 2.5,
      std: Math.sqrt(1.25),
    });
  });
});

describe('normDistributions', () => {
  it('shows batch norm evening out the channels', () => {
    const input = randomNormInput({ shape: [16, 3], seed: 5, offsets: [-5, 0, 5], scales: [1, 2, 4] });
    const summaries = normDistributions(read({ widget: 'norm', input, type: 'batch' }));
    expect(summaries.map((s) => s.label)).toEqual(['channel 0', 'channel 1', 'channel 2']);
    expect(summaries[2]!.before.mean).toBeGreaterThan(2);
    for (const s of summaries) {
      expect(s.after.mean).toBeCloseTo(0, 9);
      expect(s.after.std).toBeCloseTo(1, 4);
    }
  });

  it('summarizes per example, and per feature for tokens', () => {
    const input = randomNormInput({ shape: [2, 3, 4], seed: 1 });
    const perExample = normDistributions(read({ widget: 'norm', input, type: 'layer' }), 'example');
    expect(perExample.map((s) => [s.label, s.before.count])).toEqual([
      ['example 0', 12],
      ['example 1', 12],
    ]);
    expect(normDistributions(read({ widget: 'norm', input, type: 'layer' }))[3]!.label).toBe('feature 3');
  });

  it('reuses the input summaries when only the type changes, and recomputes the output', () => {
    const batch = read({ widget: 'norm', input: randomNormInput({ shape: [6, 4], seed: 2 }), type: 'batch' });
    const layer: NormProblem = { ...batch, type: 'layer' };
    const [first, second] = [normDistributions(batch), normDistributions(layer)];
    second.forEach((s, b) => expect(s.before).toBe(first[b]!.before));
    expect(second[0]!.after).not.toEqual(first[0]!.after);
    // A copy of the input (another array) gives the same numbers, computed afresh.
    const copy = read({ widget: 'norm', input: randomNormInput({ shape: [6, 4], seed: 2 }), type: 'layer' });
    expect(normDistributions(copy)).toEqual(second);
  });
});

describe('randomNormInput', () => {
  it('is seeded and has the requested shape, with two decimals', () => {
    const a = randomNormInput({ shape: [2, 3, 2, 2], seed: 9 });
    expect(randomNormInput({ shape: [2, 3, 2, 2], seed: 9 })).toEqual(a);
    expect(randomNormInput({ shape: [2, 3, 2, 2], seed: 10 })).not.toEqual(a);
    expect((a as number[][][][]).length).toBe(2);
    expect((a as number[][][][])[1]![2]![1]!.length).toBe(2);
    expect((a as number[][][][]).flat(3).every((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6)).toBe(
      true,
    );
  });

  it('puts each channel at its offset and scale', () => {
    const input = randomNormInput({
      layout: 'BTD',
      shape: [40, 50, 2],
      seed: 2,
      offsets: [10, -10],
      scales: [0.5, 0.5],
    }) as number[][][];
    const feature = (d: number): number[] => input.flatMap((b) => b.map((t) => t[d]!));
    const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
    expect(mean(feature(0))).toBeCloseTo(10, 1);
    expect(mean(feature(1))).toBeCloseTo(-10, 1);
  });

  it('refuses shapes that do not fit', () => {
    expect(() => randomNormInput({ layout: 'NCHW', shape: [2, 3], seed: 1 })).toThrow(RangeError);
    expect(() => randomNormInput({ shape: [2, 0], seed: 1 })).toThrow(RangeError);
    expect(() => randomNormInput({ shape: [2, 3], seed: 1, offsets: [1] })).toThrow(RangeError);
  });
});
