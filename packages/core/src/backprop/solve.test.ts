import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../test/close.js';
import { Checker } from '../validate/checker.js';
import { backpropKind } from './kind.js';
import type { BackpropProblem } from './network.js';

function fixture(name: string): { problem: unknown; expected: unknown } {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}.json`, import.meta.url), 'utf8')) as {
    problem: unknown;
    expected: unknown;
  };
}

function read(value: unknown): BackpropProblem {
  const c = new Checker();
  const problem = backpropKind.read(c, value);
  expect(c.issues).toEqual([]);
  return problem!;
}

const solve = (value: unknown) => backpropKind.solve(read(value));

/** A one-layer network whose output is exactly its bias: handy for checking a loss by hand. */
const outputs = (
  bias: number[],
  target: number[],
  loss: unknown,
  activation: unknown = { type: 'identity' },
) => ({
  widget: 'backprop',
  input: [1],
  target,
  layers: [{ weights: bias.map(() => [0]), bias, activation }],
  loss,
});

describe('solveBackprop', () => {
  it.each(['duke-q9-mlp-leaky-backprop', 'backprop-random-0'])(
    'matches the PyTorch golden case %s',
    (name) => {
      const { problem, expected } = fixture(name);
      expectClose(solve(problem), expected);
    },
  );

  it('reproduces the Duke Q9 answer key', () => {
    const solution = solve(fixture('duke-q9-mlp-leaky-backprop').problem);
    expect(solution.output).toEqual([1.5, -3]);
    expect(solution.loss).toBe(11.125);
    expect(solution.updated[1]!.weights[0]![1]).toBeCloseTo(2.5, 12);
    expect(solution.updated[1]!.weights[1]![1]).toBeCloseTo(-0.1, 12);
    expect(solution.updated[0]!.weights[1]![0]).toBeCloseTo(0.9, 12);
  });

  it('has exactly the keys the problem format names', () => {
    const solution = solve(fixture('duke-q9-mlp-leaky-backprop').problem);
    expect(Object.keys(solution).sort()).toEqual(['gradients', 'layers', 'loss', 'output', 'updated']);
    expect(Object.keys(solution.layers[0]!).sort()).toEqual(['a', 'z']);
    expect(Object.keys(solution.gradients[0]!).sort()).toEqual(['bias', 'weights']);
    expect(JSON.parse(JSON.stringify(solution))).toEqual(solution);
  });

  it('fills in the defaults: learning rate 0.1, identity activation', () => {
    const problem = read({
      widget: 'backprop',
      input: [2],
      target: [1],
      layers: [{ weights: [[3]], bias: [0] }],
      loss: { type: 'mse', reduction: 'sum' },
    });
    expect(problem.learningRate).toBe(0.1);
    expect(problem.layers[0]!.activation).toEqual({ type: 'identity' });
    // o = 6, dL/do = 2(6 − 1) = 10, dL/dw = 10·2 = 20, w ← 3 − 0.1·20 = 1
    expect(backpropKind.solve(problem).updated[0]!.weights[0]![0]).toBeCloseTo(1, 14);
  });

  it("follows PyTorch at the kinks: relu'(0) = 0, leakyRelu'(0) = alpha, step' = 0", () => {
    const at0 = (activation: unknown) =>
      solve(outputs([0], [1], { type: 'mse', reduction: 'halfSum' }, activation)).gradients[0]!.bias[0];
    expect(at0({ type: 'relu' })).toBeCloseTo(0, 15);
    expect(at0({ type: 'leakyRelu', alpha: 0.2 })).toBeCloseTo(-0.2, 15);
    expect(at0({ type: 'step' })).toBeCloseTo(0, 15);
    expect(at0({ type: 'identity' })).toBe(-1);
  });

  it('reduces mse by mean, sum and half sum', () => {
    const loss = (reduction: string) => solve(outputs([1, 3], [0, 0], { type: 'mse', reduction })).loss;
    expect(loss('sum')).toBe(10);
    expect(loss('mean')).toBe(5);
    expect(loss('halfSum')).toBe(5);
    const gradient = (reduction: string) =>
      solve(outputs([1, 3, 0], [0, 0, 0], { type: 'mse', reduction })).gradients[0]!.bias;
    expect(gradient('sum')).toEqual([2, 6, 0]);
    expect(gradient('mean')[1]).toBeCloseTo(2, 15);
    expect(gradient('halfSum')).toEqual([1, 3, 0]);
  });

  it('computes cross-entropy as log-softmax against the target, with gradient softmax − target', () => {
    const solution = solve(outputs([1, 2, 3], [0, 0, 1], { type: 'crossEntropy' }));
    const z = Math.exp(1) + Math.exp(2) + Math.exp(3);
    expect(solution.loss).toBeCloseTo(-Math.log(Math.exp(3) / z), 14);
    expectClose(solution.gradients[0]!.bias, [Math.exp(1) / z, Math.exp(2) / z, Math.exp(3) / z - 1], 1e-14);
  });

  it('keeps cross-entropy finite for huge logits', () => {
    const solution = solve(outputs([1000, 0], [0.5, 0.5], { type: 'crossEntropy' }));
    expect(solution.loss).toBeCloseTo(500, 10);
    expectClose(solution.gradients[0]!.bias, [0.5, -0.5], 1e-14);
  });

  it('weighs binary cross-entropy by class: −(α t log o + β (1 − t) log(1 − o)) summed', () => {
    const loss = { type: 'bce', positiveWeight: 3, negativeWeight: 0.5 };
    const solution = solve(outputs([0, Math.log(3)], [1, 0.25], loss, { type: 'sigmoid' }));
    // outputs σ(0) = 0.5 and σ(log 3) = 0.75
    const want =
      -(3 * Math.log(0.5) + 0.5 * 0 * Math.log(0.5)) -
      (3 * 0.25 * Math.log(0.75) + 0.5 * 0.75 * Math.log(0.25));
    expect(solution.loss).toBeCloseTo(want, 13);
    // dL/dz = σ'(z)·(−α t/o + β (1 − t)/(1 − o))
    expectClose(
      solution.gradients[0]!.bias,
      [0.25 * (-3 / 0.5), 0.1875 * ((-3 * 0.25) / 0.75 + (0.5 * 0.75) / 0.25)],
      1e-14,
    );
  });

  it('defaults bce weights to 1, as plain binary cross-entropy', () => {
    const solution = solve(outputs([0], [1], { type: 'bce' }, { type: 'sigmoid' }));
    expect(solution.loss).toBeCloseTo(Math.log(2), 15);
  });
});
