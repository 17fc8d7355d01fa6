import { describe, expect, it } from 'vitest';
import { initializeLayers } from './initialize.js';
import type { BackpropProblem, Layer } from './network.js';
import { backpropPresets } from './presets.js';
import { solveBackprop } from './solve.js';
import { train } from './train.js';
import { validate } from '../problem.js';

const preset = (id: string) => backpropPresets.find((p) => p.id === id)!.problem;

const blank = (widths: number[], activation: Layer['activation']): Layer[] =>
  widths.slice(1).map((units, l) => ({
    weights: Array.from({ length: units }, () => new Array<number>(widths[l]!).fill(0)),
    bias: new Array<number>(units).fill(0),
    activation,
  }));

describe('train', () => {
  it("repeats the solver: its first step is the solution's update, and the loss falls", () => {
    const duke = { ...preset('duke-q9-leaky-mlp'), learningRate: 0.01 };
    const one = train(duke, 1);
    const { loss, updated } = solveBackprop(duke);
    expect(one.losses[0]).toBe(loss);
    expect(one.layers.map(({ weights, bias }) => ({ weights, bias }))).toEqual(updated);
    const run = train(duke, 50);
    expect(run.losses).toHaveLength(51);
    expect(run.diverged).toBe(false);
    expect(run.losses[50]!).toBeLessThan(run.losses[0]! / 10);
  });

  it('returns the problem unchanged for zero steps', () => {
    const duke = preset('duke-q9-leaky-mlp');
    expect(train(duke, 0)).toEqual({ losses: [11.125], layers: duke.layers, diverged: false });
  });

  it('stops at the last state a widget can show when the learning rate makes it diverge', () => {
    const run = train({ ...preset('itm528-relu'), learningRate: 1e6 }, 100);
    expect(run.diverged).toBe(true);
    expect(run.losses.every(Number.isFinite)).toBe(true);
    expect(run.losses.length).toBeLessThan(101);
  });

  it('hands back layers the validator accepts, even when the loss stays finite as a hidden layer overflows', () => {
    // The exploding preset: its loss can stay finite for a step after some z has overflowed.
    const problem = preset('exploding-linear');
    const run = train(problem, 100);
    expect(run.diverged).toBe(true);
    const state = { ...problem, layers: run.layers };
    expect(validate(state).ok).toBe(true);
    expect(solveBackprop(state).loss).toBe(run.losses.at(-1));
  });

  it('lowers the loss of a 6-layer, 8-unit network over 100 steps (its time is in pnpm bench)', () => {
    const problem: BackpropProblem = {
      widget: 'backprop',
      input: new Array<number>(8).fill(0.5),
      target: new Array<number>(8).fill(0.2),
      layers: initializeLayers(blank([8, 8, 8, 8, 8, 8, 8], { type: 'tanh' }), { type: 'xavier', seed: 1 }),
      loss: { type: 'mse', reduction: 'mean' },
      learningRate: 0.1,
    };
    const run = train(problem, 100);
    expect(run.losses.at(-1)!).toBeLessThan(run.losses[0]!);
  });

  it('keeps hidden units identical when all weights start equal', () => {
    const run = train(preset('symmetric-constant-init'), 25);
    const [hidden, output] = run.layers;
    expect(new Set(hidden!.weights.map((row) => JSON.stringify(row))).size).toBe(1);
    expect(new Set(hidden!.bias).size).toBe(1);
    expect(new Set(output!.weights[0]).size).toBe(1);
    expect(run.losses.at(-1)!).toBeLessThan(run.losses[0]!);
  });

  it('moves only the output bias when every weight starts at zero', () => {
    const problem = preset('zero-init');
    const run = train(problem, 10);
    expect(run.layers[0]).toEqual(problem.layers[0]);
    expect(run.layers[1]!.weights).toEqual(problem.layers[1]!.weights);
    expect(run.layers[1]!.bias[0]).not.toBe(0);
  });

  it('refuses step counts that are not integers >= 0 or are too much work', () => {
    const duke = preset('duke-q9-leaky-mlp');
    expect(() => train(duke, -1)).toThrow('steps must be an integer >= 0, got -1');
    expect(() => train(duke, 1.5)).toThrow(RangeError);
    expect(() => train(duke, 10_000_000)).toThrow(
      'training work (steps × parameters) is 170000000, over the limit of 50000000',
    );
  });
});

describe('initializeLayers', () => {
  const layers = blank([100, 50, 10], { type: 'relu' });

  it('keeps shapes and activations, with zero biases', () => {
    for (const initializer of [
      { type: 'zeros' },
      { type: 'constant', value: 2 },
      { type: 'xavier', seed: 3 },
      { type: 'he', seed: 3 },
    ] as const) {
      const out = initializeLayers(layers, initializer);
      expect(out.map((l) => [l.weights.length, l.weights[0]!.length, l.bias.length, l.activation])).toEqual(
        layers.map((l) => [l.weights.length, l.weights[0]!.length, l.bias.length, l.activation]),
      );
      expect(out.every((l) => l.bias.every((b) => b === 0))).toBe(true);
    }
    expect(initializeLayers(layers, { type: 'constant', value: 2 })[1]!.weights[3]![7]).toBe(2);
  });

  it('draws Glorot-uniform weights within ±√(6/(fan_in + fan_out)), the same for the same seed', () => {
    const out = initializeLayers(layers, { type: 'xavier', seed: 9 });
    const bound = Math.sqrt(6 / 150);
    const first = out[0]!.weights.flat();
    expect(first.every((w) => Math.abs(w) <= bound)).toBe(true);
    expect(Math.max(...first.map(Math.abs))).toBeGreaterThan(0.9 * bound);
    expect(initializeLayers(layers, { type: 'xavier', seed: 9 })).toEqual(out);
    expect(initializeLayers(layers, { type: 'xavier', seed: 10 })).not.toEqual(out);
  });

  it('draws Kaiming-normal weights with variance 2/fan_in', () => {
    const first = initializeLayers(layers, { type: 'he', seed: 4 })[0]!.weights.flat();
    const mean = first.reduce((s, w) => s + w, 0) / first.length;
    const variance = first.reduce((s, w) => s + (w - mean) ** 2, 0) / first.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(variance).toBeGreaterThan(0.02 * 0.9);
    expect(variance).toBeLessThan(0.02 * 1.1);
  });
});
