import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { steps } from '../trace.js';
import { uniform } from '../random.js';
import { Checker } from '../validate/checker.js';
import { convPresets } from './presets.js';
import type { ConvProblem, ConvProblemJson } from './problem.js';
import { readConv } from './read.js';
import { solveConv } from './solve.js';
import { convStepTex } from './step-tex.js';
import type { ConvStep } from './steps.js';
import { convTrace } from './trace.js';

function load(json: ConvProblemJson): ConvProblem {
  const c = new Checker();
  const problem = readConv(c, json);
  if (!problem) throw new Error(c.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return problem;
}
const preset = (id: string): ConvProblem => load(convPresets.find((p) => p.id === id)!.problem);

describe('narration', () => {
  it('writes the CMU 2(c) cells as the answer key does', () => {
    const trace = convTrace(preset('cmu-2c-valid'));
    const first = trace.at(0);
    expect(first.sentence).toBe('Filter 0, output (0, 0): 1·(−0.5) + 2·1 + 0·1.5 + 3·0 = 1.5');
    expect(convStepTex(first)).toBe(
      'Z_{0}(0,0) = 1\\cdot (-0.5) + 2\\cdot 1 + 0\\cdot 1.5 + 3\\cdot 0 = 1.5',
    );
    expect(trace.at(5).sentence).toBe('Filter 0, output (2, 1): 1·(−0.5) + 4·1 + 0·1.5 + (−2)·0 = 3.5');
  });

  it('narrates channels, padding, bias and activation (Duke Q8)', () => {
    const trace = convTrace(preset('duke-q8-maxpool'));
    const step = trace.at(5);
    expect(step).toMatchObject({
      kind: 'window',
      row: 1,
      column: 1,
      origin: [0, 0],
      preActivation: -5,
      output: -0.5,
    });
    expect(step.sentence).toBe(
      'Filter 0, output (1, 1): channel 0: 3·(−1) + 1·1 + 1·1 + 0·0 + 2·(−1) + 1·0 + 1·(−1) + 0·1 + 1·1 = −3; ' +
        'channel 1: 1·(−1) + 1·0 + 2·1 + 0·0 + 0·1 + 1·0 + 0·1 + 1·0 + 2·(−1) = −1; ' +
        'channel sums plus the bias: −3 − 1 − 1 = −5, after LeakyReLU(0.1) −0.5',
    );
    const corner = trace.at(0);
    if (corner.kind !== 'window') throw new Error('expected a window step');
    expect(corner.channels[0]!.taps[0]).toEqual({
      kernelRow: 0,
      kernelColumn: 0,
      inputRow: -1,
      inputColumn: -1,
      padding: true,
      input: 0,
      weight: -1,
      product: -0,
    });
    expect(trace.at(16).sentence).toBe(
      'Max pool, filter 0, cell (0, 0): max(−0.1, 1, 4, −0.5) = 4, at output (1, 0)',
    );
    expect(convStepTex(trace.at(16))).toBe('P_{0}(0,0) = \\max(-0.1, 1, 4, -0.5) = 4\\text{ at } (1, 0)');
    // Window (1, 1) holds 2 twice: the first is the argmax, as in PyTorch, and the sentence says so.
    expect(trace.at(19).sentence).toMatch(
      /= 2, at output \(2, 2\), the first of 2 equal maxima, which alone gets the gradient$/,
    );
    expect(convStepTex(trace.at(19))).toMatch(/\\text\{, the first of 2 equal maxima\}$/);
    const avg = convTrace(preset('duke-q8-avgpool')).at(17);
    expect(avg.sentence).toBe('Average pool, filter 0, cell (0, 1): (−0.1 − 0.2 + 1 − 0.1)/4 = 0.15');
    expect(convStepTex(avg)).toBe('P_{0}(0,1) = \\frac{1}{4}\\left(-0.1 - 0.2 + 1 - 0.1\\right) = 0.15');
  });

  it('writes a one-channel 3×3 window one kernel row per line, the bias on the last', () => {
    const json = convPresets.find((p) => p.id === 'sharpen')!.problem;
    const tex = convStepTex(convTrace(load({ ...json, bias: [-2] })).at(0));
    const lines = tex.split(' \\\\ ');
    // Three rows of three products, then the result.
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\\begin\{aligned\} Z_\{0\}\(0,0\) &= /);
    for (const line of lines.slice(1, 3)) expect(line).toMatch(/^&\\quad [+-] /);
    expect(lines[0]!.match(/\\cdot/g)).toHaveLength(3);
    expect(lines[2]).toMatch(/ - 2$/);
    expect(lines[3]).toMatch(/^&= -?\d+ \\end\{aligned\}$/);
    // A 2×2 window stays on one line.
    expect(convStepTex(convTrace(preset('cmu-2c-valid')).at(0))).not.toContain('aligned');
  });

  it('writes a window over several channels one block per channel, then the sums, the bias and the activation', () => {
    const tex = convStepTex(convTrace(preset('duke-q8-maxpool')).at(5));
    // Each channel's products one kernel row per line, braced with the channel's sum.
    expect(tex.startsWith('\\begin{aligned} Z_{0}(1,1) &= \\underbrace{\\begin{aligned} &3\\cdot (-1)')).toBe(
      true,
    );
    expect(tex).toContain(' \\\\ &{} + 0\\cdot 0 + 2\\cdot (-1) + 1\\cdot 0 \\\\ ');
    expect(tex).toContain('\\end{aligned}}_{c=0:\\ -3} \\\\ &\\quad + \\underbrace{\\begin{aligned}');
    expect(tex).toContain('_{c=1:\\ -1}');
    // Then the channel sums and the bias, and the activation on a line of its own.
    expect(tex).toContain(
      ' \\\\ &= -3 - 1 - 1 = -5 \\\\ Y_{0}(1,1) &= \\operatorname{LeakyReLU}_{0.1}(-5) = -0.5 \\end{aligned}',
    );
  });

  it('narrates a transposed conv: scatters with running sums, then collected cells', () => {
    const trace = convTrace(preset('transposed-upsampling'));
    expect(trace.sections.map((s) => [s.kind, s.start, s.length])).toEqual([
      ['scatter', 0, 4],
      ['collect', 4, 16],
    ]);
    expect(trace.at(1).sentence).toBe(
      'Filter 0 scatters input (channel 0; 0, 1) = 2: (0, 1) += 2·1 = 2 → 3; (0, 2) += 2·1 = 2 → 2; (0, 3) += 2·1 = 2 → 2; ' +
        '(1, 1) += 2·1 = 2 → 3; (1, 2) += 2·1 = 2 → 2; (1, 3) += 2·1 = 2 → 2; 3 of 9 products fall outside the output (cropped)',
    );
    expect(trace.at(4 + 5).sentence).toBe('Filter 0, output (1, 1): 1·1 + 2·1 + 3·1 + 4·1 = 10');
    expect(convStepTex(trace.at(4 + 5))).toBe(
      'Z_{0}(1,1) = 1\\cdot 1 + 2\\cdot 1 + 3\\cdot 1 + 4\\cdot 1 + 0 = 10',
    );
  });

  it('elides long sums in sentences but writes every term in LaTeX', () => {
    const step = convTrace(
      load({
        widget: 'conv',
        input: [[[1, 2, 3, 4]]],
        kernels: [[[[1, 1, 1, 1]]]],
        bias: [0.5],
        activation: { type: 'relu' },
      }),
    ).at(0);
    expect(step.sentence).toBe(
      'Filter 0, output (0, 0): 1·1 + 2·1 + 3·1 + 4·1 = 10; plus the bias: 10 + 0.5 = 10.5, after ReLU 10.5',
    );
    const long = convTrace(
      load({
        widget: 'conv',
        input: [[Array.from({ length: 12 }, (_, i) => i)]],
        kernels: [[[Array(12).fill(1)]]],
      }),
    ).at(0);
    expect(long.sentence).toBe(
      'Filter 0, output (0, 0): 0·1 + 1·1 + 2·1 + 3·1 + 4·1 + 5·1 + 6·1 + … + 11·1 = 66',
    );
    expect(convStepTex(long).split('\\cdot').length - 1).toBe(12);
  });

  it('writes out a 1×1 kernel over several channels as one sum of products and the bias', () => {
    const bottleneck = convTrace(
      load({
        widget: 'conv',
        input: [[[1]], [[2]], [[3]], [[4]]],
        kernels: [[[[1]], [[-1]], [[1]], [[0.5]]]],
        bias: [-1],
      }),
    ).at(0);
    expect(bottleneck.sentence).toBe(
      'Filter 0, output (0, 0): one product per channel, plus the bias: 1·1 + 2·(−1) + 3·1 + 4·0.5 − 1 = 3',
    );
  });

  it('names a collected cell no input reaches', () => {
    const trace = convTrace(
      load({ widget: 'conv', input: [[[1, 2]]], kernels: [[[[3]]]], bias: [1], stride: 3, transposed: true }),
    );
    const gap = trace.at(2 + 1);
    expect(gap.sentence).toBe(
      'Filter 0, output (0, 1): no input cell reaches it, so 0; plus the bias: 0 + 1 = 1',
    );
  });
});

/**
 * Checks every step against the solution and against each other (one computation, many views).
 * Returns what disagrees: plain comparisons, since a walk makes thousands of them.
 */
function traceErrors(problem: ConvProblem): string[] {
  const trace = convTrace(problem);
  const solution = solveConv(problem);
  const errors: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) errors.push(what);
  };
  check(JSON.stringify(trace.solution) === JSON.stringify(solution), 'trace.solution differs from solveConv');
  const last = trace.sections[trace.sections.length - 1]!;
  check(last.start + last.length === trace.length, 'sections do not cover the trace');
  const running = new Map<string, number>();
  let i = 0;
  for (const step of steps<ConvStep>(trace)) {
    const at = `step ${step.index}`;
    check(step.index === i++, `${at}: index`);
    switch (step.kind) {
      case 'window': {
        check(
          step.preActivation === solution.preActivation[step.filter]![step.row]![step.column],
          `${at}: preActivation`,
        );
        check(step.output === solution.output[step.filter]![step.row]![step.column], `${at}: output`);
        let total = 0;
        for (const w of step.channels) {
          for (const t of w.taps) {
            const inside = problem.input[w.channel]?.[t.inputRow]?.[t.inputColumn];
            check(t.padding === (inside === undefined) && t.input === (inside ?? 0), `${at}: tap input`);
            check(
              t.weight === problem.kernels[step.filter]![w.kernelChannel]![t.kernelRow]![t.kernelColumn],
              `${at}: tap weight`,
            );
            check(t.product === t.input * t.weight, `${at}: tap product`);
          }
          check(Math.abs(w.taps.reduce((s, t) => s + t.product, 0) - w.sum) < 1e-12, `${at}: channel sum`);
          total += w.sum;
        }
        check(total + step.bias === step.preActivation, `${at}: channel sums + bias`);
        break;
      }
      case 'scatter':
        check(step.input === problem.input[step.channel]![step.row]![step.column], `${at}: input`);
        // Cropped targets too: their running sums are on the canvas, past the output's edge.
        for (const t of step.targets) {
          const cell = `${step.filter},${t.outputRow},${t.outputColumn}`;
          check(t.before === (running.get(cell) ?? 0), `${at}: running sum before`);
          running.set(cell, t.after);
        }
        break;
      case 'collect':
        check(
          step.sum === (running.get(`${step.filter},${step.row},${step.column}`) ?? 0),
          `${at}: collected sum`,
        );
        check(step.sum + step.bias === step.preActivation, `${at}: sum + bias`);
        check(
          step.preActivation === solution.preActivation[step.filter]![step.row]![step.column],
          `${at}: preActivation`,
        );
        break;
      case 'pool':
        check(step.value === solution.pooled![step.filter]![step.row]![step.column], `${at}: pooled value`);
        if (step.argmax) {
          const first = step.cells.find((c) => c.value === step.value);
          check(
            first?.row === step.argmax[0] && first.column === step.argmax[1],
            `${at}: argmax is the first maximum`,
          );
        }
        break;
    }
    check(!/NaN|undefined/.test(step.sentence + convStepTex(step)), `${at}: narration`);
  }
  return errors;
}

describe('trace', () => {
  it('agrees with the solution at every step, for random layers', () => {
    const layer = fc.record({
      groups: fc.integer({ min: 1, max: 2 }),
      cg: fc.integer({ min: 1, max: 2 }),
      fg: fc.integer({ min: 1, max: 2 }),
      size: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })),
      kernel: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      padding: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
      dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
      transposed: fc.boolean(),
      pool: fc.option(fc.constantFrom('max' as const, 'avg' as const), { nil: undefined }),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(layer, (l) => {
        const next = uniform(l.seed);
        const fill = (...shape: number[]): never =>
          (shape.length === 0
            ? Math.round(next() * 8 - 4) / 2
            : Array.from({ length: shape[0]! }, () => fill(...shape.slice(1)))) as never;
        const c = new Checker();
        const problem = readConv(c, {
          widget: 'conv',
          input: fill(l.groups * l.cg, ...l.size),
          kernels: fill(l.groups * l.fg, l.cg, ...l.kernel),
          bias: fill(l.groups * l.fg),
          stride: l.stride,
          padding: l.padding,
          dilation: l.dilation,
          groups: l.groups,
          transposed: l.transposed,
          activation: { type: 'leakyRelu', alpha: 0.1 },
          ...(l.pool ? { pool: { type: l.pool, size: 1, stride: [1, 2] } } : {}),
        });
        fc.pre(problem !== undefined);
        expect(traceErrors(problem!)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('gives each step as plain JSON, lazy fields included', () => {
    const window = JSON.parse(JSON.stringify(convTrace(preset('cmu-2c-valid')).at(0))) as Record<
      string,
      unknown
    >;
    expect(Object.keys(window).sort()).toEqual(
      [
        'activation',
        'bias',
        'channels',
        'column',
        'filter',
        'group',
        'index',
        'kind',
        'origin',
        'output',
        'preActivation',
        'row',
        'sentence',
      ].sort(),
    );
    expect(window.origin).toEqual([0, 0]);
    const transposed = convTrace(preset('transposed-upsampling'));
    expect(Object.keys(transposed.at(0).toJSON())).toContain('targets');
    expect(transposed.at(4).toJSON()).toMatchObject({
      kind: 'collect',
      sum: 1,
      contributions: [{ input: 1, weight: 1, product: 1 }],
    });
    const poolStep = convTrace(preset('duke-q8-avgpool')).at(16);
    if (poolStep.kind !== 'pool') throw new Error('expected a pool step');
    const pool = poolStep.toJSON();
    expect(pool).toMatchObject({
      kind: 'pool',
      type: 'avg',
      origin: [0, 0],
      size: [2, 2],
      value: 1.1,
      argmax: undefined,
    });
    expect(pool.cells).toHaveLength(4);
  });

  it('refuses a step out of range', () => {
    const trace = convTrace(preset('cmu-2c-valid'));
    expect(trace.length).toBe(6);
    expect(() => trace.at(6)).toThrow(RangeError);
    expect(() => trace.at(-1)).toThrow('step -1 is out of range: this trace has 6 steps (0 to 5)');
  });
});
