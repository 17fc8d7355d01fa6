import { describe, expect, it } from 'vitest';
import { steps } from '../trace.js';
import { backpropMarkdown } from './markdown.js';
import type { BackpropProblem } from './network.js';
import { backpropPresets } from './presets.js';
import { solveBackprop } from './solve.js';
import { backpropStepTex } from './step-tex.js';
import type { BackpropStep } from './step.js';
import { backpropTrace } from './trace.js';

const preset = (id: string) => backpropPresets.find((p) => p.id === id)!.problem;
const duke = preset('duke-q9-leaky-mlp');

describe('backpropTrace', () => {
  it('orders forward, loss, backward layer by layer, then the updates', () => {
    const trace = backpropTrace(duke);
    const kinds = [...steps(trace)].map((s) => `${s.kind}${'layer' in s ? s.layer : ''}`);
    const run = (kind: string, n: number) => new Array<string>(n).fill(kind);
    expect(kinds).toEqual([
      ...run('forward0', 3),
      ...run('forward1', 2),
      'loss',
      ...run('outputGradient1', 2),
      ...run('node1', 2),
      ...run('weightGradient1', 2),
      ...run('accumulate0', 3),
      ...run('node0', 3),
      ...run('weightGradient0', 3),
      ...run('update0', 9),
      ...run('update1', 8),
    ]);
    expect(trace.length).toBe(kinds.length);
    expect(trace.sections.reduce((n, s) => n + s.count, 0)).toBe(trace.length);
  });

  it('writes a softmax probability that underflows to 0 by its log, never as log 0', () => {
    const saturated: BackpropProblem = {
      widget: 'backprop',
      input: [1],
      target: [0.5, 0.5],
      layers: [{ weights: [[1000], [0]], bias: [0, 0], activation: { type: 'identity' } }],
      loss: { type: 'crossEntropy' },
      learningRate: 0.1,
    };
    const loss = [...steps(backpropTrace(saturated))].find((s) => s.kind === 'loss')!;
    expect(loss.sentence).not.toContain('log 0');
    expect(loss.sentence).toContain('L = −(0.5·log 1 + 0.5·(−1000)) = 500');
    expect(backpropStepTex(loss)).toContain('-\\left(0.5\\cdot \\log 1 + 0.5\\cdot (-1000)\\right) = 500');
  });

  it('narrates each step with its real numbers', () => {
    const sentences = [...steps(backpropTrace(duke))].map((s) => s.sentence);
    expect(sentences).toContain(
      'Layer 1, unit 1: z = 1·2 + (−0.5)·2 + (−2)·3 − 1 = −6, after LeakyReLU(0.5) a = −3',
    );
    expect(sentences).toContain(
      'Loss (half the sum of squared errors): L = ((1.5 − 4)² + (−3 − 1)²)/2 = 11.125',
    );
    expect(sentences).toContain('Output 1: ∂L/∂a[1][1] = o[1] − t[1] = −3 − 1 = −4');
    expect(sentences).toContain(
      "Layer 1, unit 1: ∂L/∂z[1][1] = ∂L/∂a[1][1]·act'(z) = (−4)·0.5 = −2, where z = −6 and LeakyReLU(0.5)' = 0.5 because z ≤ 0",
    );
    expect(sentences).toContain(
      'Layer 0, unit 1: 2 paths meet, ∂L/∂a[0][1] = W[1][0][1]·∂L/∂z[1][0] + W[1][1][1]·∂L/∂z[1][1] = 2·(−2.5) + (−0.5)·(−2) = −4',
    );
    expect(sentences).toContain('Update W[0][1][0]: 0.5 − 0.1·(−4) = 0.9');
  });

  it('names each parameter one way, in words and in TeX, and writes no TeX in words', () => {
    for (const { problem } of backpropPresets) {
      for (const step of steps(backpropTrace(problem))) {
        // Plain text: no sum sign with a TeX subscript, no JSON path where a parameter is named.
        expect(step.sentence).not.toMatch(/[Σ_^\\{}]|layers\[|weights\[|bias\[/);
        expect(backpropStepTex(step)).not.toMatch(/\^\{\[/);
      }
    }
    const updates = [...steps(backpropTrace(duke))].filter((s) => s.kind === 'update');
    expect(updates.map((s) => s.sentence.split(':')[0])).toContain('Update b[1][1]');
    expect(backpropStepTex(updates[0]!)).toMatch(/^\\begin\{aligned\} W\[0\]\[0\]\[0\] &\\leftarrow/);
  });

  it('carries the numbers a widget draws, equal to the solution', () => {
    for (const { problem } of backpropPresets) {
      const solution = solveBackprop(problem);
      for (const step of steps(backpropTrace(problem))) {
        expect(step.sentence).not.toMatch(/NaN|undefined|(^|[\s(=])-\d/);
        check(step, solution, problem);
      }
    }
  });

  it('makes steps on demand and refuses indices outside it', () => {
    const trace = backpropTrace(duke);
    expect(trace.at(trace.length - 1)).toMatchObject({ kind: 'update', layer: 1, parameter: 'bias', row: 1 });
    expect(() => trace.at(trace.length)).toThrow(RangeError);
    expect(() => trace.at(-1)).toThrow(RangeError);
    expect(() => trace.at(0.5)).toThrow(RangeError);
  });

  it('explains softmax cross-entropy and weighted bce', () => {
    const ce = backpropTrace(preset('stanford-softplus-softmax'));
    const loss = [...steps(ce)].find((s) => s.kind === 'loss')!;
    expect(loss.sentence).toMatch(
      /^Loss \(softmax, then cross-entropy\): p = softmax\(output\) = \(.*\); L = −\(0·log .* \+ 1·log .* \+ 0·log .*\) = 0\.811271$/,
    );
    expect(loss).toHaveProperty('probabilities');
    const bce = [...steps(backpropTrace(preset('ucla-weighted-bce')))];
    expect(bce.find((s) => s.kind === 'loss')!.sentence).toMatch(
      /^Loss \(weighted binary cross-entropy, α = 10, β = 1\): L = −\(10·1·log 0\.\d+ \+ 1·0·log 0\.\d+\) = 2\.10723$/,
    );
    expect(bce.find((s) => s.kind === 'outputGradient')!.sentence).toMatch(
      /^Output 0: ∂L\/∂a\[1\]\[0\] = −α·t\[0\]\/o\[0\] \+ β·\(1 − t\[0\]\)\/\(1 − o\[0\]\) = −10·1\/0\.\d+ \+ 1·0\/0\.\d+ = −12\.\d+$/,
    );
  });

  it('says why a step unit passes nothing back', () => {
    const node = [...steps(backpropTrace(preset('step-threshold')))].find(
      (s) => s.kind === 'node' && s.layer === 0,
    )!;
    expect(node.sentence).toContain("step' = 0 everywhere");
    expect(node.kind === 'node' && [node.local, Math.abs(node.value)]).toEqual([0, 0]);
  });
});

function check(
  step: BackpropStep,
  solution: ReturnType<typeof solveBackprop>,
  problem: BackpropProblem,
): void {
  switch (step.kind) {
    case 'forward':
      expect(step.z).toBe(solution.layers[step.layer]!.z[step.unit]);
      expect(step.a).toBe(solution.layers[step.layer]!.a[step.unit]);
      break;
    case 'loss':
      expect(step.value).toBe(solution.loss);
      break;
    case 'node':
      expect(step.value).toBe(solution.gradients[step.layer]!.bias[step.unit]);
      expect(step.value).toBe(step.upstream * step.local);
      break;
    case 'weightGradient':
      expect(step.weights).toEqual(solution.gradients[step.layer]!.weights[step.unit]);
      break;
    case 'accumulate':
      expect(step.terms).toHaveLength(problem.layers[step.layer + 1]!.bias.length);
      break;
    case 'update':
      expect(step.updated).toBe(
        step.column === undefined
          ? solution.updated[step.layer]!.bias[step.row]
          : solution.updated[step.layer]!.weights[step.row]![step.column],
      );
      break;
    case 'outputGradient':
      expect(step.output).toBe(solution.output[step.unit]);
      break;
  }
}

describe('backpropMarkdown', () => {
  it('writes the Duke answer with every intermediate number', () => {
    const markdown = backpropMarkdown(duke);
    for (const line of [
      '## 1. Forward pass',
      '$$\\begin{aligned} z[1][1] &= 1\\cdot 2 + (-0.5)\\cdot 2 + (-2)\\cdot 3 - 1 = -6 \\\\ a[1][1] &= \\operatorname{LeakyReLU}_{0.5}(-6) = -3 \\end{aligned}$$',
      '$$L = \\frac{1}{2}\\left((1.5 - 4)^2 + (-3 - 1)^2\\right) = 11.125$$',
      '$$\\begin{aligned} W[0][1][0] &\\leftarrow 0.5 - 0.1\\cdot (-4) \\\\ &= 0.9 \\end{aligned}$$',
      '$$\\begin{aligned} W[1][0][1] &\\leftarrow 2 - 0.1\\cdot (-5) \\\\ &= 2.5 \\end{aligned}$$',
      '$$\\begin{aligned} W[1][1][1] &\\leftarrow -0.5 - 0.1\\cdot (-4) \\\\ &= -0.1 \\end{aligned}$$',
      'Indices are zero-based, as in PyTorch',
    ]) {
      expect(markdown).toContain(line);
    }
  });

  it('says no parameter moved when a step activation zeroes every gradient', () => {
    const allZero: BackpropProblem = {
      widget: 'backprop',
      input: [1, -2],
      target: [0.5],
      layers: [{ weights: [[0.5, 0.25]], bias: [0.1], activation: { type: 'step' } }],
      loss: { type: 'mse', reduction: 'mean' },
      learningRate: 0.1,
    };
    const markdown = backpropMarkdown(allZero);
    expect(markdown).toContain('and every gradient is 0, so no parameter moved.');
    expect(markdown).not.toContain('every parameter took one step');
  });

  it('counts the parameters a zero gradient left in place', () => {
    // The step layer passes no gradient back, so only the output weight from the active unit and
    // the output bias move: 2 of 7 parameters.
    const someZero: BackpropProblem = {
      widget: 'backprop',
      input: [1],
      target: [0],
      layers: [
        { weights: [[1], [-1]], bias: [0, 0], activation: { type: 'step' } },
        { weights: [[1, 1]], bias: [0], activation: { type: 'identity' } },
      ],
      loss: { type: 'mse', reduction: 'mean' },
      learningRate: 0.1,
    };
    expect(backpropMarkdown(someZero)).toContain(
      'the 2 parameters with a nonzero gradient took one step against their gradient; the 5 with a zero gradient stayed unchanged.',
    );
    expect(backpropMarkdown(duke)).toContain('and every parameter took one step against its gradient.');
  });

  it('stays a sane size for a wide network, saying what it leaves out', () => {
    const wide: BackpropProblem = {
      widget: 'backprop',
      input: new Array<number>(200).fill(0.1),
      target: [1],
      layers: [
        {
          weights: Array.from({ length: 200 }, () => new Array<number>(200).fill(0.01)),
          bias: new Array<number>(200).fill(0),
          activation: { type: 'tanh' },
        },
        { weights: [new Array<number>(200).fill(0.01)], bias: [0], activation: { type: 'identity' } },
      ],
      loss: { type: 'mse', reduction: 'mean' },
      learningRate: 0.1,
    };
    const markdown = backpropMarkdown(wide);
    expect(markdown.length).toBeLessThan(60_000);
    expect(markdown).toContain('…and 184 more, each worked the same way');
    expect(markdown).toContain('too large to print here');
  });
});
