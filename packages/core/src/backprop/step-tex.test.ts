import { describe, expect, it } from 'vitest';
import { steps } from '../trace.js';
import type { BackpropProblem } from './network.js';
import { backpropPresets } from './presets.js';
import { backpropStepTex } from './step-tex.js';
import { backpropTrace } from './trace.js';

const duke = backpropPresets.find((p) => p.id === 'duke-q9-leaky-mlp')!.problem;

/** The TeX of the first step of each kind, by kind. */
function firstOfEachKind(problem: BackpropProblem): Map<string, string> {
  const first = new Map<string, string>();
  for (const step of steps(backpropTrace(problem)))
    if (!first.has(step.kind)) first.set(step.kind, backpropStepTex(step));
  return first;
}

describe('backpropStepTex', () => {
  it('writes every kind of step of the Duke network as its answer key does', () => {
    const tex = firstOfEachKind(duke);
    expect(tex.get('forward')).toBe(
      '\\begin{aligned} z[0][0] &= (-0.5)\\cdot 1 + 0\\cdot 2 + 2.5 = 2 \\\\ a[0][0] &= \\operatorname{LeakyReLU}_{0.5}(2) = 2 \\end{aligned}',
    );
    expect(tex.get('loss')).toBe('L = \\frac{1}{2}\\left((1.5 - 4)^2 + (-3 - 1)^2\\right) = 11.125');
    expect(tex.get('outputGradient')).toBe(
      '\\begin{aligned} \\frac{\\partial L}{\\partial a[1][0]} &= o[0] - t[0] = 1.5 - 4 \\\\ &= -2.5 \\end{aligned}',
    );
    expect(tex.get('node')).toBe(
      "\\begin{aligned} \\frac{\\partial L}{\\partial z[1][0]} &= \\frac{\\partial L}{\\partial a[1][0]}\\cdot \\operatorname{LeakyReLU}_{0.5}'(1.5) = (-2.5)\\cdot 1 \\\\ &= -2.5 \\end{aligned}",
    );
    expect(tex.get('weightGradient')).toBe(
      '\\begin{aligned} \\frac{\\partial L}{\\partial W[1][0][0]} &= (-2.5)\\cdot 2 = -5 \\\\ \\frac{\\partial L}{\\partial W[1][0][1]} &= (-2.5)\\cdot 2 = -5 \\\\ \\frac{\\partial L}{\\partial W[1][0][2]} &= (-2.5)\\cdot 3 = -7.5 \\\\ \\frac{\\partial L}{\\partial b[1][0]} &= \\frac{\\partial L}{\\partial z[1][0]} = -2.5 \\end{aligned}',
    );
    expect(tex.get('accumulate')).toBe(
      '\\begin{aligned} \\frac{\\partial L}{\\partial a[0][0]} &= \\sum_j W[1][j][0] \\frac{\\partial L}{\\partial z[1][j]} = 0.5\\cdot (-2.5) + 1\\cdot (-2) \\\\ &= -3.25 \\end{aligned}',
    );
    expect(tex.get('update')).toBe(
      '\\begin{aligned} W[0][0][0] &\\leftarrow -0.5 - 0.1\\cdot (-3.25) \\\\ &= -0.175 \\end{aligned}',
    );
  });

  it("writes each loss's value and its gradient at the output with the loss's own formula", () => {
    const oneHot = duke.target.map((_, i) => (i === 0 ? 1 : 0));
    // Three outputs, so the mean's 1/3 cannot be mistaken for the half sum's 1/2.
    const three: BackpropProblem = {
      ...duke,
      target: [4, 1, 0],
      layers: [
        duke.layers[0]!,
        {
          ...duke.layers[1]!,
          weights: [...duke.layers[1]!.weights, [1, 1, 1]],
          bias: [...duke.layers[1]!.bias, 0],
        },
      ],
      loss: { type: 'mse', reduction: 'mean' },
    };
    const mean = firstOfEachKind(three);
    expect(mean.get('loss')).toMatch(/^L = \\frac\{1\}\{3\}\\left\(/);
    expect(mean.get('outputGradient')).toBe(
      '\\begin{aligned} \\frac{\\partial L}{\\partial a[1][0]} &= \\frac{2(o[0] - t[0])}{3} = \\frac{2(1.5 - 4)}{3} \\\\ &= -1.66667 \\end{aligned}',
    );
    const crossEntropy = firstOfEachKind({ ...duke, target: oneHot, loss: { type: 'crossEntropy' } });
    expect(crossEntropy.get('loss')).toMatch(
      /^\\begin\{aligned\} p &= \\operatorname\{softmax\}\(o\) = \\begin\{bmatrix\} [\d.]+ \\\\ [\d.e-]+ \\end\{bmatrix\} \\\\ L &= -\\left\(1\\cdot \\log /,
    );
    expect(crossEntropy.get('outputGradient')).toMatch(
      /^\\begin\{aligned\} \\frac\{\\partial L\}\{\\partial a\[1\]\[0\]\} &= p\[0\] - t\[0\] = [\d.]+ - 1 \\\\ &= -[\d.]+ \\end\{aligned\}$/,
    );
    const bce = firstOfEachKind({
      ...duke,
      target: oneHot,
      layers: duke.layers.map((layer, l) =>
        l === 1 ? { ...layer, activation: { type: 'sigmoid' } } : layer,
      ),
      loss: { type: 'bce', positiveWeight: 2, negativeWeight: 0.5 },
    });
    expect(bce.get('loss')).toMatch(
      /^L = -\\left\[\(2\\cdot 1\\cdot \\log [\d.]+ \+ 0\.5\\cdot 0\\cdot \\log /,
    );
    expect(bce.get('outputGradient')).toMatch(
      /^\\begin\{aligned\} \\frac\{\\partial L\}\{\\partial a\[1\]\[0\]\} &= -\\frac\{\\alpha t\[0\]\}\{o\[0\]\} \+ \\frac\{\\beta \(1 - t\[0\]\)\}\{1 - o\[0\]\} = -\\frac\{2\\cdot 1\}\{[\d.]+\} \+ \\frac\{0\.5\\cdot 0\}\{[\d.e-]+\} \\\\ &= -[\d.]+ \\end\{aligned\}$/,
    );
  });

  it('writes every step of every preset without NaN or undefined', () => {
    for (const { problem } of backpropPresets)
      for (const step of steps(backpropTrace(problem)))
        expect(backpropStepTex(step)).not.toMatch(/NaN|undefined/);
  });

  it('sets several equations one under another, never side by side, each aligned at its first =', () => {
    for (const { problem } of backpropPresets)
      for (const step of steps(backpropTrace(problem))) {
        const tex = backpropStepTex(step);
        expect(tex).not.toContain('\\quad');
        // Rows align at an = (an update's first at its ←), or hold the ⋮ of weights not shown.
        expect(tex.match(/&(?!= |\\leftarrow |\s\\vdots)/g)).toBeNull();
      }
  });
});
