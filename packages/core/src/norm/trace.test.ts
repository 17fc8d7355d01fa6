import { describe, expect, it } from 'vitest';
import { steps } from '../trace.js';
import { Checker } from '../validate/checker.js';
import { cellGroups, grouping, reducedAxes } from './grouping.js';
import { normMarkdown } from './markdown.js';
import type { NormProblem } from './problem.js';
import { normPresets } from './presets.js';
import { readNorm } from './read.js';
import { randomNormInput } from './random.js';
import { solveNorm } from './solve.js';
import { normCell, normGroupSteps, normTrace, type NormalizeStep } from './trace.js';

function read(value: unknown): NormProblem {
  const c = new Checker();
  const problem = readNorm(c, value);
  expect(c.issues).toEqual([]);
  return problem!;
}

const preset = (id: string): NormProblem => read(normPresets.find((p) => p.id === id)!.problem);

describe('reducedAxes', () => {
  it('names the reduced and kept axes per type and layout', () => {
    expect(reducedAxes('batch', 'NCHW')).toEqual({ reduced: ['N', 'H', 'W'], kept: ['C'] });
    expect(reducedAxes('layer', 'NCHW')).toEqual({ reduced: ['C', 'H', 'W'], kept: ['N'] });
    expect(reducedAxes('instance', 'NCHW')).toEqual({ reduced: ['H', 'W'], kept: ['N', 'C'] });
    expect(reducedAxes('group', 'NCHW')).toEqual({ reduced: ['C/G', 'H', 'W'], kept: ['N', 'G'] });
    expect(reducedAxes('rms', 'NC')).toEqual({ reduced: ['C'], kept: ['N'] });
    expect(reducedAxes('instance', 'NC')).toEqual({ reduced: [], kept: ['N', 'C'] });
    expect(reducedAxes('batch', 'BTD')).toEqual({ reduced: ['B', 'T'], kept: ['D'] });
    expect(reducedAxes('layer', 'BTD')).toEqual({ reduced: ['D'], kept: ['B', 'T'] });
    expect(reducedAxes('instance', 'BTD')).toEqual({ reduced: ['T'], kept: ['B', 'D'] });
    expect(reducedAxes('group', 'BTD')).toEqual({ reduced: ['D/G'], kept: ['B', 'T', 'G'] });
  });

  it('gives the group of every cell', () => {
    expect(Array.from(cellGroups(grouping('instance', 'BTD', [2, 2, 2])))).toEqual([0, 1, 0, 1, 2, 3, 2, 3]);
    expect(Array.from(cellGroups(grouping('group', 'NCHW', [1, 4, 1, 2], 2)))).toEqual([
      0, 0, 0, 0, 1, 1, 1, 1,
    ]);
  });
});

describe('normTrace', () => {
  const problem = preset('exam-batch-fc');

  it('has mean, variance and normalize steps per group', () => {
    const trace = normTrace(problem);
    expect(trace.length).toBe(12);
    expect([...steps(trace)].map((s) => s.kind).slice(0, 4)).toEqual([
      'mean',
      'variance',
      'normalize',
      'mean',
    ]);
    expect(() => trace.at(12)).toThrow(RangeError);
  });

  it('takes each group through the steps normGroupSteps names, in its order', () => {
    for (const type of ['batch', 'layer', 'instance', 'group', 'rms'] as const) {
      const typed = { ...problem, type, groups: 1 };
      const kinds = normGroupSteps(type);
      const trace = normTrace(typed);
      expect([...steps(trace)].map((s) => s.kind)).toEqual(
        Array.from({ length: trace.length }, (_, i) => kinds[i % kinds.length]),
      );
    }
    expect(normGroupSteps('rms')).toEqual(['meanSquare', 'normalize']);
  });

  it('shows the mean and the variance with their numbers', () => {
    const [mean, variance] = [0, 1].map((i) => normTrace(problem).at(i));
    const normalize = normTrace(problem).at(2) as NormalizeStep;
    expect(mean).toMatchObject({
      kind: 'mean',
      label: 'channel 0',
      groupCoords: [0],
      count: 5,
      cells: [0, 4, 8, 12, 16],
      values: [1.57, 0.21, -1.65, -1.28, 0.03],
    });
    expect(mean!.members).toEqual([
      { axis: 'N', from: 0, to: 5 },
      { axis: 'C', from: 0, to: 1 },
    ]);
    expect(mean!.sentence).toBe(
      'Channel 0 (N reduced, 5 values): mean = (1.57 + 0.21 − 1.65 − 1.28 + 0.03)/5 = −1.12/5 = −0.224',
    );
    expect(mean!.tex).toBe(
      '\\mu_{0} = \\frac{1}{5}[1.57 + 0.21 - 1.65 - 1.28 + 0.03] = \\frac{-1.12}{5} = -0.224',
    );
    expect(variance!.sentence).toBe(
      'Channel 0: variance = ((1.57 − (−0.224))² + (0.21 − (−0.224))² + (−1.65 − (−0.224))² + (−1.28 − (−0.224))² + (0.03 − (−0.224))²)/5 = 6.61992/5 = 1.32398.',
    );
    // In TeX, 1/m times the sum in square brackets, where a line can break between its terms.
    expect(variance!.tex).toBe(
      '\\sigma^2_{0} = \\frac{1}{5}[(1.57 - (-0.224))^2 + (0.21 - (-0.224))^2 + (-1.65 - (-0.224))^2 + (-1.28 - (-0.224))^2 + (0.03 - (-0.224))^2] = \\frac{6.61992}{5} = 1.32398',
    );
    expect(normalize.kind).toBe('normalize');
    expect(normalize.mean).toBeCloseTo(-0.224, 12);
    expect(normalize.sentence).toContain(
      'Channel 0: x̂ = (x − (−0.224))/√(1.32398 + 10⁻⁵) = (x − (−0.224))/1.15065',
    );
  });

  it('abbreviates long sums and works lazily on big inputs', () => {
    const big = read({
      widget: 'norm',
      input: randomNormInput({ shape: [32, 64, 16, 16], seed: 3 }),
      type: 'layer',
    });
    const trace = normTrace(big);
    expect(trace.length).toBe(96);
    const step = trace.at(3);
    expect(step.count).toBe(16384);
    expect(step.sentence).toMatch(
      /^Example 1 \(C, H, W reduced, 16384 values\): mean = \(\S+ [+−] \S+ [+−] \S+ \+ … [+−] \S+\)\/16384 = /,
    );
  });

  it('states the mean of a single value as one division', () => {
    const mean = normTrace(preset('single-example-batch')).at(0);
    expect(mean.sentence).toBe('Channel 0 (N reduced, 1 value): mean = 0.8/1 = 0.8');
    expect(mean.tex).toBe('\\mu_{0} = \\frac{0.8}{1} = 0.8');
    // The variance's single term goes straight to the value: its total over 1 would restate it.
    const variance = normTrace(preset('single-example-batch')).at(1);
    expect(variance.sentence).toMatch(/^Channel 0: variance = \(0.8 − 0.8\)²\/1 = 0\. One value only/);
    expect(variance.tex).toBe('\\sigma^2_{0} = \\frac{(0.8 - 0.8)^2}{1} = 0');
  });

  it('says when a group collapses to beta', () => {
    const single = preset('single-example-batch');
    const variance = normTrace(single).at(1);
    expect(variance).toMatchObject({ kind: 'variance', degenerate: true, variance: 0 });
    expect(variance.sentence).toContain(
      'One value only, so the variance is 0 and every output of the group is β.',
    );
    expect(solveNorm(single).output).toEqual([single.beta]);
  });

  it('takes a group of equal values at eps = 0 to beta, saying why x̂ is 0 rather than 0/0', () => {
    const single = read({ widget: 'norm', input: [[1, 2]], type: 'batch', eps: 0, beta: [0.5, -1] });
    expect(solveNorm(single).output).toEqual([[0.5, -1]]);
    const cell = normCell(single, [0, 1]);
    expect(cell.normalized).toBe(0);
    expect(cell.sentence).toBe(
      'x[0, 1] = 2 in channel 1 (μ = 2, σ² = 0): x̂ = (2 − 2)/√(0 + 0) = 0/0, taken as 0 (its value for every ε > 0); y = 1·0 + (−1) = −1',
    );
    expect(cell.texParts[0]).toBe(
      '\\hat{x} = \\frac{2 - 2}{\\sqrt{0 + 0}} = \\tfrac{0}{0}\\text{, taken as } 0',
    );
    const normalize = normTrace(single).at(2) as NormalizeStep;
    expect(normalize.sentence).toMatch(
      /^Channel 0: x̂ = \(x − 1\)\/√\(0 \+ 0\) = 0\/0, taken as 0 \(its value for every ε > 0\), then/,
    );
    // Equal values in a larger group, and all-zero values under RMS norm, alike.
    const equal = read({
      widget: 'norm',
      input: [
        [3, 3],
        [1, 2],
      ],
      type: 'layer',
      eps: 0,
    });
    expect(solveNorm(equal).output[0]).toEqual([0, 0]);
    const zeros = read({
      widget: 'norm',
      input: [
        [0, 0],
        [1, 2],
      ],
      type: 'rms',
      eps: 0,
      beta: [0.25, 0.75],
    });
    expect(solveNorm(zeros).output[0]).toEqual([0.25, 0.75]);
    expect(JSON.stringify(solveNorm(zeros))).not.toMatch(/null|NaN/);
  });

  it('has mean square and normalize steps for RMS norm', () => {
    const trace = normTrace(preset('rms-tokens'));
    expect(trace.length).toBe(12);
    const step = trace.at(0);
    expect(step.kind).toBe('meanSquare');
    expect(step.sentence).toBe(
      'Example 0, token 0 (D reduced, 4 values): mean square = (0.6² + 1.76² + 1.62² + 1.19²)/4 = 7.4981/4 = 1.87453.',
    );
    expect(trace.at(1).kind).toBe('normalize');
  });

  it("writes γ and β with a feature's index for tokens and a channel's for images", () => {
    const affine = (id: string) => (normTrace(preset(id)).at(2) as NormalizeStep).tex.split('\\quad ')[1];
    expect(affine('transformer-layer-btd')).toBe('y = \\gamma_d \\hat{x} + \\beta_d');
    expect(affine('group-norm-nchw')).toBe('y = \\gamma_c \\hat{x} + \\beta_c');
    expect(normMarkdown(preset('rms-tokens'))).toContain('y = \\gamma_d \\hat{x} + \\beta_d$$');
  });

  it("names group norm's reduced channels C/G, the ones within its group", () => {
    expect(normTrace(preset('group-norm-nchw')).at(0).sentence).toMatch(/\(C\/G, H, W reduced, \d+ values\)/);
  });
});

describe('normCell', () => {
  it('works one cell with its numbers', () => {
    const cell = normCell(preset('transformer-layer-btd'), [0, 1, 2]);
    expect(cell).toMatchObject({
      coords: [0, 1, 2],
      index: 6,
      groupLabel: 'example 0, token 1',
      channel: 2,
      x: 1.1,
      gamma: 1.08,
      beta: -0.52,
    });
    expect(cell.output).toBeCloseTo(-0.2336229031331042, 12);
    expect(cell.sentence).toBe(
      'x[0, 1, 2] = 1.1 in example 0, token 1 (μ = 0.67, σ² = 2.6297): x̂ = (1.1 − 0.67)/√(2.6297 + 10⁻⁵) = 0.265164; y = 1.08·0.265164 + (−0.52) = −0.233623',
    );
    expect(cell.texParts).toEqual([
      '\\hat{x} = \\frac{1.1 - 0.67}{\\sqrt{2.6297 + 10^{-5}}} = 0.265164',
      'y = 1.08 \\cdot 0.265164 + (-0.52) = -0.233623',
    ]);
  });

  it('refuses coordinates outside the input', () => {
    expect(() => normCell(preset('exam-batch-fc'), [5, 0])).toThrow(RangeError);
    expect(() => normCell(preset('exam-batch-fc'), [0])).toThrow(RangeError);
  });
});

describe('normMarkdown', () => {
  it('writes a worked answer from the trace', () => {
    const md = normMarkdown(preset('exam-batch-fc'));
    expect(md).toContain('# Batch normalization, NC layout (N = 5, C = 4)');
    expect(md).toContain('zero-based');
    expect(md).toContain(
      '$$\\mu_{0} = \\frac{1}{5}[1.57 + 0.21 - 1.65 - 1.28 + 0.03] = \\frac{-1.12}{5} = -0.224$$',
    );
    expect(md).toContain('## Results');
  });

  it('keeps big answers short and says so', () => {
    const md = normMarkdown(
      read({ widget: 'norm', input: randomNormInput({ shape: [8, 16, 8, 8], seed: 1 }), type: 'instance' }),
    );
    expect(md.length).toBeLessThan(30_000);
    expect(md).toContain('The other 124 groups follow the same arithmetic');
    expect(md).toContain('first 64 of 128 groups');
    expect(md).toContain('The first 8 of 8192 cells are written out');
  });

  it('writes a batch of one without repeating the mean’s fraction', () => {
    const md = normMarkdown(preset('single-example-batch'));
    expect(md).toContain('$$\\mu_{0} = \\frac{0.8}{1} = 0.8$$');
    expect(md).toContain('4 groups of m = 1 value.');
    expect(md).not.toMatch(/\\frac\{([^{}]+)\}\{1\} = \\frac\{\1\}\{1\}/);
  });

  it('speaks of one remaining group in the singular', () => {
    const md = normMarkdown(
      read({ widget: 'norm', input: [[1, 2, 3, 4, 5]], layout: 'NC', type: 'instance' }),
    );
    expect(md).toContain('The other group follows the same arithmetic; its statistics are in the table.');
  });

  it('explains a degenerate group', () => {
    expect(normMarkdown(preset('single-example-batch'))).toContain(
      "every output of this group is its channel's β",
    );
  });
});
