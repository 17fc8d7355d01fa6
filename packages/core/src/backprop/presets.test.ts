import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { backpropKind } from './kind.js';
import { gradientMagnitudes } from './magnitude.js';
import { backpropMarkdown } from './markdown.js';
import { backpropPresets } from './presets.js';
import { solveBackprop } from './solve.js';
import { train } from './train.js';

const preset = (id: string) => backpropPresets.find((p) => p.id === id)!.problem;

describe('backprop presets', () => {
  it.each(backpropPresets.map((p) => [p.id, p]))(
    '%s validates as JSON and solves',
    (_id, { problem, title, description }) => {
      const c = new Checker();
      const read = backpropKind.read(c, JSON.parse(JSON.stringify(problem)));
      expect(c.issues).toEqual([]);
      expect(read).toEqual(problem);
      expect(Number.isFinite(backpropKind.solve(read!).loss)).toBe(true);
      expect(backpropMarkdown(read!)).toContain('## Result');
      expect(title.length).toBeGreaterThan(0);
      expect(description).not.toContain('\n');
    },
  );

  it('have unique ids', () => {
    expect(new Set(backpropPresets.map((p) => p.id)).size).toBe(backpropPresets.length);
  });

  it("Duke Q9 is the PyTorch golden case, and its key's three updates hold", () => {
    const golden = JSON.parse(
      readFileSync(new URL('../../test/fixtures/duke-q9-mlp-leaky-backprop.json', import.meta.url), 'utf8'),
    ) as { problem: unknown };
    expect(preset('duke-q9-leaky-mlp')).toEqual(golden.problem);
    const { updated } = solveBackprop(preset('duke-q9-leaky-mlp'));
    expect([updated[1]!.weights[0]![1], updated[0]!.weights[1]![0]]).toEqual([2.5, 0.9]);
    expect(updated[1]!.weights[1]![1]).toBeCloseTo(-0.1, 15);
  });

  it("ITM 528 Q5: the key's forward pass and loss of 2.5", () => {
    const solution = solveBackprop(preset('itm528-relu'));
    expect(solution.layers[0]).toEqual({ z: [2, -0.5], a: [2, 0] });
    expect(solution.output).toEqual([0, -1.5]);
    expect(solution.loss).toBe(2.5);
    // The switched-off ReLU unit gets no gradient.
    expect(solution.gradients[0]!.weights[1]!.map(Math.abs)).toEqual([0, 0]);
  });

  it('UCLA: the inactive ReLU unit learns nothing, the active one learns with weight α', () => {
    const solution = solveBackprop(preset('ucla-weighted-bce'));
    const o = solution.output[0]!;
    expect(solution.gradients[1]!.bias[0]).toBeCloseTo(-10 * (1 - o), 14); // dL/dz = α(o − 1) for t = 1
    expect(solution.gradients[0]!.bias.map(Math.abs)[1]).toBe(0);
  });

  it('vanishing gradients: the gradient shrinks layer after layer going down six sigmoid layers', () => {
    const sizes = gradientMagnitudes(solveBackprop(preset('vanishing-sigmoid')).gradients).map(
      (g) => g.meanAbs,
    );
    for (let l = 1; l < sizes.length; l++) expect(sizes[l - 1]!).toBeLessThan(sizes[l]!);
    expect(sizes[0]! / sizes[5]!).toBeLessThan(1e-3);
  });

  it('vanishing gradients: with ReLU or LeakyReLU instead, every layer still gets a gradient of the same order', () => {
    const problem = preset('vanishing-sigmoid');
    for (const activation of [{ type: 'relu' }, { type: 'leakyRelu', alpha: 0.01 }] as const) {
      const layers = problem.layers.map((layer) => ({ ...layer, activation }));
      const sizes = gradientMagnitudes(solveBackprop({ ...problem, layers }).gradients).map((g) => g.meanAbs);
      expect(Math.min(...sizes) / Math.max(...sizes)).toBeGreaterThan(0.1);
    }
  });

  it("exploding gradients: each hidden layer's weight gradient is about four times the next one's, and training overflows", () => {
    const problem = preset('exploding-linear');
    const sizes = gradientMagnitudes(solveBackprop(problem).gradients).map((g) => g.weightNorm);
    // Layer l's gradient is δ_l·a_(l−1)ᵀ: δ doubles per layer going down while a halves going up.
    for (let l = 1; l < 4; l++) expect(sizes[l - 1]! / sizes[l]!).toBeGreaterThan(3.8);
    expect(sizes[0]! / sizes[4]!).toBeGreaterThan(150);
    const run = train(problem, 10);
    expect(run.diverged).toBe(true);
    expect(run.losses.length - 1).toBeLessThanOrEqual(4);
  });

  it('step units stop all gradient below them, while the output layer learns', () => {
    const solution = solveBackprop(preset('step-threshold'));
    expect(
      [...solution.gradients[0]!.weights.flat(), ...solution.gradients[0]!.bias].every((g) => g === 0),
    ).toBe(true);
    expect(solution.gradients[1]!.bias[0]).toBe(-2);
  });
});

describe('gradientMagnitudes', () => {
  it("gives norms, mean and max of each layer's gradients", () => {
    const [first] = gradientMagnitudes([
      {
        weights: [
          [3, 0],
          [0, -4],
        ],
        bias: [0, 0],
      },
    ]);
    expect(first).toEqual({ layer: 0, weightNorm: 5, biasNorm: 0, meanAbs: 7 / 6, maxAbs: 4 });
  });

  it('gives the norm of gradients whose squares overflow', () => {
    const [first] = gradientMagnitudes([{ weights: [[3e200, 4e200]], bias: [1e305] }]);
    expect(first!.weightNorm).toBeCloseTo(5e200, -190);
    expect(first!.biasNorm).toBe(1e305);
  });
});
