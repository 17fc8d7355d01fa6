import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { channelFilters, filterChannels, influencedOutputs } from './connectivity.js';
import { axisLengthWork, parameterWork, poolLengthWork, shapeWork } from './size-work.js';
import { convMarkdown, WORKED_STEPS } from './markdown.js';
import { poolBackward } from './pool-backward.js';
import { convPresets } from './presets.js';
import type { ConvProblem } from './problem.js';
import { readConv } from './read.js';
import { tilingWarnings } from './tiling.js';
import { convTrace } from './trace.js';

function load(json: unknown): ConvProblem {
  const c = new Checker();
  const problem = readConv(c, json);
  if (!problem) throw new Error(c.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return problem;
}
const preset = (id: string): ConvProblem => load(convPresets.find((p) => p.id === id)!.problem);
const zeros = (...shape: number[]): unknown =>
  shape.length === 0 ? 0 : Array.from({ length: shape[0]! }, () => zeros(...shape.slice(1)));

describe('shape arithmetic', () => {
  it('writes the output size formula with the numbers substituted', () => {
    const work = shapeWork(preset('cmu-2b-stride-2'));
    expect(work.outputShape).toEqual([1, 5, 5]);
    expect(work.rows.text).toBe(
      'Ho = ⌊(H + 2·ph − dh·(kH − 1) − 1)/sh⌋ + 1 = ⌊(7 + 2·2 − 1·(3 − 1) − 1)/2⌋ + 1 = 5',
    );
    expect(work.columns.tex).toBe(
      // The formula, then the numbers on a line of their own, aligned at the =.
      '\\begin{aligned} W_o &= \\left\\lfloor \\frac{W + 2\\cdot p_w - d_w\\cdot(k_W - 1) - 1}{s_w} \\right\\rfloor + 1 \\\\ &= \\left\\lfloor \\frac{7 + 2\\cdot 2 - 1\\cdot(3 - 1) - 1}{2} \\right\\rfloor + 1 = 5 \\end{aligned}',
    );
    expect(work.pooledRows).toBeUndefined();
    const transposed = axisLengthWork(
      { size: 2, kernel: 3, stride: 2, padding: 1, dilation: 1, outputPadding: 1, transposed: true },
      'rows',
    );
    expect(transposed.text).toBe(
      'Ho = (H − 1)·sh − 2·ph + dh·(kH − 1) + oph + 1 = (2 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 4',
    );
    expect(poolLengthWork(5, 2, 2, 'columns').text).toBe(
      'Wp = ⌊(Wo − pool size)/pool stride⌋ + 1 = ⌊(5 − 2)/2⌋ + 1 = 2',
    );
  });

  it('counts parameters with the formula written out', () => {
    expect(parameterWork(preset('duke-q8-maxpool')).text).toBe(
      'F·(C/groups)·kH·kW + F = 1·(2/1)·3·3 + 1 = 19',
    );
    expect(parameterWork(preset('depthwise'))).toMatchObject({
      value: 30,
      text: 'F·(C/groups)·kH·kW + F = 3·(3/3)·3·3 + 3 = 30',
    });
    expect(parameterWork(preset('transposed-upsampling')).value).toBe(10);
  });
});

describe('tiling warnings', () => {
  it('says which input rows and columns a stride never reads', () => {
    expect(tilingWarnings(preset('stride-2'))).toEqual([
      {
        stage: 'conv',
        axis: 'rows',
        kind: 'edge',
        ignored: 1,
        message:
          'the stride 2 does not tile the 6 rows evenly: the last 1 row fits no window, so input row 5 is never read',
      },
      {
        stage: 'conv',
        axis: 'columns',
        kind: 'edge',
        ignored: 1,
        message:
          'the stride 2 does not tile the 6 columns evenly: the last 1 column fits no window, so input column 5 is never read',
      },
    ]);
    expect(tilingWarnings(preset('duke-q8-maxpool'))).toEqual([]);
  });

  it('tells padding-only losses, gaps, pooling edges and empty transposed outputs apart', () => {
    const base = { widget: 'conv', input: zeros(1, 6, 6), kernels: zeros(1, 1, 3, 3) };
    expect(tilingWarnings(load({ ...base, stride: 2, padding: 1 })).map((w) => w.message)).toEqual([
      'the stride 2 does not tile the 8 padded rows evenly: the last 1 row fits no window, so only zero padding is skipped',
      'the stride 2 does not tile the 8 padded columns evenly: the last 1 column fits no window, so only zero padding is skipped',
    ]);
    const gaps = tilingWarnings(load({ ...base, kernels: zeros(1, 1, 1, 1), stride: [2, 1] }));
    expect(gaps).toEqual([
      {
        stage: 'conv',
        axis: 'rows',
        kind: 'edge',
        ignored: 1,
        message:
          'the stride 2 does not tile the 6 rows evenly: the last 1 row fits no window, so input row 5 is never read',
      },
      {
        stage: 'conv',
        axis: 'rows',
        kind: 'gap',
        ignored: 2,
        message: 'input rows 1, 3 fall between the kernel taps and are never read (stride 2, dilation 1)',
      },
    ]);
    const pooled = tilingWarnings(
      load({ ...base, input: zeros(1, 7, 8), pool: { type: 'max', size: 2, stride: [2, 3] } }),
    );
    expect(pooled.map((w) => [w.stage, w.axis, w.kind, w.ignored])).toEqual([
      ['pool', 'rows', 'edge', 1],
      ['pool', 'columns', 'edge', 1],
      ['pool', 'columns', 'gap', 1],
    ]);
    expect(pooled[0]!.message).toBe(
      "the pool stride 2 does not tile the output's 5 rows evenly: the last 1 row is never pooled",
    );
    const sparse = tilingWarnings(
      load({
        widget: 'conv',
        input: zeros(1, 2, 1),
        kernels: zeros(1, 1, 1, 1),
        stride: 3,
        transposed: true,
      }),
    );
    expect(sparse).toEqual([
      {
        stage: 'conv',
        axis: 'rows',
        kind: 'gap',
        ignored: 2,
        message:
          'output rows 1, 2 receive no input (only the bias): they fall between the scattered kernel taps (stride 3, dilation 1)',
      },
    ]);
    // Output padding past the canvas: those rows get no tap, because they were added, not skipped.
    const outputPadded = tilingWarnings(
      load({
        widget: 'conv',
        input: zeros(1, 2, 2),
        kernels: zeros(1, 1, 2, 2),
        stride: 2,
        outputPadding: 1,
        transposed: true,
      }),
    );
    expect(outputPadded.map((w) => [w.axis, w.kind, w.ignored, w.message])).toEqual([
      [
        'rows',
        'edge',
        1,
        'output row 4 receives no input (only the bias): the output padding 1 adds it past the last scattered tap',
      ],
      [
        'columns',
        'edge',
        1,
        'output column 4 receives no input (only the bias): the output padding 1 adds it past the last scattered tap',
      ],
    ]);
  });
});

describe('connectivity', () => {
  it('tells which channels each filter sees under groups', () => {
    const problem = load({ widget: 'conv', input: zeros(4, 2, 2), kernels: zeros(6, 2, 1, 1), groups: 2 });
    expect(filterChannels(problem, 0)).toEqual({ group: 0, channels: [0, 1] });
    expect(filterChannels(problem, 4)).toEqual({ group: 1, channels: [2, 3] });
    expect(channelFilters(problem, 3)).toEqual([3, 4, 5]);
  });

  it('finds exactly the output cells whose windows or scatters read an input cell', () => {
    const layer = fc.record({
      size: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })),
      kernel: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      padding: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
      dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
      groups: fc.integer({ min: 1, max: 2 }),
      transposed: fc.boolean(),
    });
    fc.assert(
      fc.property(layer, (l) => {
        const c = new Checker();
        const problem = readConv(c, {
          widget: 'conv',
          input: zeros(2 * l.groups, ...l.size),
          kernels: zeros(l.groups, 2, ...l.kernel),
          stride: l.stride,
          padding: l.padding,
          dilation: l.dilation,
          groups: l.groups,
          transposed: l.transposed,
        });
        fc.pre(problem !== undefined);
        const trace = convTrace(problem!);
        const expected = new Map<string, string[]>();
        const note = (input: string, output: string): void =>
          void expected.set(input, [...(expected.get(input) ?? []), output]);
        for (let i = 0; i < trace.length; i++) {
          const step = trace.at(i);
          if (step.kind === 'window') {
            for (const w of step.channels) {
              for (const t of w.taps) {
                if (!t.padding)
                  note(
                    `${w.channel},${t.inputRow},${t.inputColumn}`,
                    `${step.filter},${step.row},${step.column},${t.kernelRow},${t.kernelColumn}`,
                  );
              }
            }
          } else if (step.kind === 'scatter') {
            for (const t of step.targets) {
              if (!t.cropped)
                note(
                  `${step.channel},${step.row},${step.column}`,
                  `${step.filter},${t.outputRow},${t.outputColumn},${t.kernelRow},${t.kernelColumn}`,
                );
            }
          }
        }
        for (let ch = 0; ch < problem!.input.length; ch++) {
          for (let r = 0; r < l.size[0]; r++) {
            for (let col = 0; col < l.size[1]; col++) {
              const found = influencedOutputs(problem!, ch, r, col).map(
                (o) => `${o.filter},${o.row},${o.column},${o.kernelRow},${o.kernelColumn}`,
              );
              expect(found.sort()).toEqual((expected.get(`${ch},${r},${col}`) ?? []).sort());
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('pooling backward', () => {
  it('routes max-pool gradients to the maxima and spreads average-pool gradients (Duke Q8)', () => {
    expect(poolBackward(preset('duke-q8-maxpool'))).toEqual([
      [
        [0, 0, 0, 0],
        [1, 0, 1, 0],
        [0, 1, 1, 0],
        [0, 0, 0, 0],
      ],
    ]);
    expect(
      poolBackward(preset('duke-q8-avgpool'), [
        [
          [4, 8],
          [0, -4],
        ],
      ]),
    ).toEqual([
      [
        [1, 1, 2, 2],
        [1, 1, 2, 2],
        [0, 0, -1, -1],
        [0, 0, -1, -1],
      ],
    ]);
  });

  it('refuses a problem without a pool or a gradient of the wrong shape', () => {
    expect(() => poolBackward(preset('cmu-2c-valid'))).toThrow(
      'this problem has no pool to route a gradient through',
    );
    expect(() => poolBackward(preset('duke-q8-maxpool'), [[[1, 2]]])).toThrow(
      'the upstream gradient must have the pooled shape [1][2][2]',
    );
  });
});

describe('worked answer', () => {
  it('says indices are zero-based and shows the arithmetic', () => {
    const markdown = convMarkdown(preset('cmu-2c-valid'));
    expect(markdown).toContain('Indices are zero-based, as in PyTorch');
    expect(markdown).toContain('$$Z_{0}(0,0) = 1\\cdot (-0.5) + 2\\cdot 1 + 0\\cdot 1.5 + 3\\cdot 0 = 1.5$$');
    expect(markdown).toContain('\\begin{bmatrix} 1.5 & 2.5 \\\\ 6 & 5 \\\\ 4.5 & 3.5 \\end{bmatrix}');
    expect(markdown).toContain(
      '$$\\begin{aligned} \\text{parameters} &= F\\cdot\\frac{C}{g}\\cdot k_H\\cdot k_W + F \\\\ &= 1\\cdot\\frac{1}{1}\\cdot 2\\cdot 2 + 1 = 5 \\end{aligned}$$',
    );
  });

  it('writes out the first cells of a big problem and summarizes the rest', () => {
    const markdown = convMarkdown(preset('cmu-2d-lenet-conv3'));
    expect(markdown.match(/\$\$Z_\{\d+\}\(\d+,\d+\) =/g)).toHaveLength(WORKED_STEPS);
    expect(markdown).toContain(`The other ${1600 - WORKED_STEPS} output cells are computed the same way`);
    expect(markdown).toContain('(The other 8 maps of Z are left out.)');
    expect(convMarkdown(preset('duke-q4-1x1-parameters'))).toContain(
      'Z has 1 map of 64 × 64: too large to print here',
    );
    expect(markdown.length).toBeLessThan(100_000);
  });

  it('explains a transposed conv as scatter then collect, and notes tiling', () => {
    const markdown = convMarkdown(preset('transposed-upsampling'));
    expect(markdown).toContain('# Transposed convolution');
    expect(markdown).toContain('## Scatter');
    expect(markdown).toContain('Z_{0}(0,1) &\\leftarrow 1 + 2\\cdot 1 = 3');
    expect(convMarkdown(preset('stride-2'))).toContain(
      '- Note (conv): the stride 2 does not tile the 6 rows evenly',
    );
  });
});
