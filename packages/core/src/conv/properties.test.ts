import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniform } from '../random.js';
import { Checker } from '../validate/checker.js';
import { axisLength } from './axis.js';
import { transposedCanvas } from './geometry.js';
import { poolBackward } from './pool-backward.js';
import type { ConvProblem, ConvProblemJson, Maps } from './problem.js';
import { readConv } from './read.js';
import { solveConv } from './solve.js';
import { convTrace } from './trace.js';

function load(json: ConvProblemJson): ConvProblem {
  const c = new Checker();
  const problem = readConv(c, json);
  if (!problem) throw new Error(c.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return problem;
}

/** Seeded values in [−2, 2) of any shape. */
function values(seed: number, shape: readonly number[]): never {
  const next = uniform(seed);
  const build = (d: number): unknown =>
    d === shape.length ? next() * 4 - 2 : Array.from({ length: shape[d]! }, () => build(d + 1));
  return build(0) as never;
}

const flat = (m: unknown): number[] => (Array.isArray(m) ? m.flatMap(flat) : [m as number]);
const dot = (a: unknown, b: unknown): number => {
  const [x, y] = [flat(a), flat(b)];
  return x.reduce((s, v, i) => s + v * y[i]!, 0);
};
const close = (got: number, want: number, scale = 1): boolean =>
  Math.abs(got - want) <= 1e-9 * (scale + Math.abs(want));

/** Layer sizes small enough to solve thousands of times. */
const layer = fc.record({
  groups: fc.integer({ min: 1, max: 3 }),
  cg: fc.integer({ min: 1, max: 2 }),
  fg: fc.integer({ min: 1, max: 2 }),
  H: fc.integer({ min: 1, max: 7 }),
  W: fc.integer({ min: 1, max: 7 }),
  kH: fc.integer({ min: 1, max: 3 }),
  kW: fc.integer({ min: 1, max: 3 }),
  sh: fc.integer({ min: 1, max: 3 }),
  sw: fc.integer({ min: 1, max: 3 }),
  ph: fc.integer({ min: 0, max: 2 }),
  pw: fc.integer({ min: 0, max: 2 }),
  dh: fc.integer({ min: 1, max: 2 }),
  dw: fc.integer({ min: 1, max: 2 }),
  seed: fc.integer(),
});
type Layer = typeof layer extends fc.Arbitrary<infer T> ? T : never;

const rowsOf = (l: Layer, transposed: boolean, outputPadding = 0) =>
  axisLength({
    size: l.H,
    kernel: l.kH,
    stride: l.sh,
    padding: l.ph,
    dilation: l.dh,
    outputPadding,
    transposed,
  });
const columnsOf = (l: Layer, transposed: boolean, outputPadding = 0) =>
  axisLength({
    size: l.W,
    kernel: l.kW,
    stride: l.sw,
    padding: l.pw,
    dilation: l.dw,
    outputPadding,
    transposed,
  });
const fits = (transposed: boolean) => (l: Layer) =>
  rowsOf(l, transposed) >= 1 && columnsOf(l, transposed) >= 1;

function problemOf(
  l: Layer,
  transposed: boolean,
  input: Maps,
  extra: Partial<ConvProblemJson> = {},
): ConvProblemJson {
  return {
    widget: 'conv',
    input,
    kernels: values(l.seed + 1, [l.groups * l.fg, l.cg, l.kH, l.kW]),
    stride: [l.sh, l.sw],
    padding: [l.ph, l.pw],
    dilation: [l.dh, l.dw],
    groups: l.groups,
    transposed,
    ...extra,
  };
}

describe('output size', () => {
  it('counts the window positions that fit in the padded input', () => {
    fc.assert(
      fc.property(layer, (l) => {
        let count = 0;
        for (let o = 0; o * l.sh + l.dh * (l.kH - 1) <= l.H + 2 * l.ph - 1; o++) count++;
        const problem = problemOf(l, false, values(l.seed, [l.groups * l.cg, l.H, l.W]));
        const c = new Checker();
        const read = readConv(c, problem);
        if (count === 0 || rowsOf(l, false) < 1 || columnsOf(l, false) < 1) {
          expect(read).toBeUndefined();
          expect(c.issues[0]?.message).toMatch(/^the output has no (rows|columns)/);
        } else {
          expect(solveConv(read!).outputShape).toEqual([l.groups * l.fg, count, columnsOf(l, false)]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('for a transposed conv, spans every scattered product, less the cropped padding', () => {
    fc.assert(
      fc.property(layer.filter(fits(true)), (l) => {
        let last = 0;
        for (let i = 0; i < l.H; i++)
          for (let k = 0; k < l.kH; k++) last = Math.max(last, i * l.sh + k * l.dh);
        const solution = solveConv(load(problemOf(l, true, values(l.seed, [l.groups * l.cg, l.H, l.W]))));
        expect(solution.outputShape[1]).toBe(last + 1 - 2 * l.ph);
      }),
      { numRuns: 200 },
    );
  });
});

describe('transposed canvas', () => {
  it('spans exactly where the products land; the output crops padding at the start and padding − output padding at the end', () => {
    fc.assert(
      fc.property(layer.filter(fits(true)), fc.nat(), (l, extra) => {
        // PyTorch takes output padding below the stride or the dilation.
        const outputPadding: [number, number] = [extra % Math.max(l.sh, l.dh), extra % Math.max(l.sw, l.dw)];
        const problem = load(
          problemOf(l, true, values(l.seed, [l.groups * l.cg, l.H, l.W]), { outputPadding }),
        );
        const canvas = transposedCanvas(problem);
        const trace = convTrace(problem);
        const rows = new Set<number>();
        const columns = new Set<number>();
        for (let i = 0; i < trace.length; i++) {
          const step = trace.at(i);
          if (step.kind !== 'scatter') continue;
          for (const t of step.targets) {
            rows.add(t.outputRow);
            columns.add(t.outputColumn);
            expect(t.after).toBe(t.before + t.product);
          }
        }
        expect(Math.min(...rows)).toBe(canvas.rows.first);
        expect(Math.max(...rows)).toBe(canvas.rows.last);
        expect(Math.min(...columns)).toBe(canvas.columns.first);
        expect(Math.max(...columns)).toBe(canvas.columns.last);
        expect(canvas.rows.first).toBe(0 - l.ph);
        const { outputHeight, outputWidth } = trace.geometry;
        expect(outputHeight - 1).toBe(canvas.rows.last - (l.ph - outputPadding[0]));
        expect(outputWidth - 1).toBe(canvas.columns.last - (l.pw - outputPadding[1]));
      }),
      { numRuns: 80 },
    );
  });
});

describe('linearity', () => {
  for (const transposed of [false, true]) {
    it(`${transposed ? 'transposed conv' : 'conv'}(a·x + b·y) = a·conv(x) + b·conv(y) without bias or activation`, () => {
      fc.assert(
        fc.property(
          layer.filter(fits(transposed)),
          fc.double({ min: -3, max: 3, noNaN: true }),
          fc.double({ min: -3, max: 3, noNaN: true }),
          (l, a, b) => {
            const shape = [l.groups * l.cg, l.H, l.W];
            const x = values(l.seed, shape) as Maps;
            const y = values(l.seed + 2, shape) as Maps;
            const mix = x.map((m, c) => m.map((r, i) => r.map((v, j) => a * v + b * y[c]![i]![j]!)));
            const [zx, zy, zm] = [x, y, mix].map((input) =>
              flat(solveConv(load(problemOf(l, transposed, input))).preActivation),
            );
            zm!.forEach((v, i) => expect(close(v, a * zx![i]! + b * zy![i]!, 30)).toBe(true));
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});

describe('adjoint', () => {
  it('⟨conv_K(x), y⟩ = ⟨x, convT_K′(y)⟩ with K′[c][f] = K[f][c] per group, output padding restoring x’s size', () => {
    fc.assert(
      fc.property(layer.filter(fits(false)), (l) => {
        const [C, F] = [l.groups * l.cg, l.groups * l.fg];
        const x = values(l.seed, [C, l.H, l.W]) as Maps;
        const forward = load(problemOf(l, false, x));
        const z = solveConv(forward);
        const [, Ho, Wo] = z.outputShape;
        const y = values(l.seed + 3, [F, Ho, Wo]) as Maps;
        const K = forward.kernels;
        // K′: C filters of F/groups channels; output channel c of group g reads filter g·fg + k's slice for c.
        const transposedKernels = Array.from({ length: C }, (_, c) => {
          const group = Math.floor(c / l.cg);
          return Array.from(
            { length: l.fg },
            (_, k) => K[group * l.fg + k]![c - group * l.cg]! as number[][],
          );
        });
        const back = load({
          widget: 'conv',
          input: y,
          kernels: transposedKernels,
          stride: [l.sh, l.sw],
          padding: [l.ph, l.pw],
          dilation: [l.dh, l.dw],
          groups: l.groups,
          transposed: true,
          outputPadding: [l.H - rowsOf({ ...l, H: Ho }, true), l.W - columnsOf({ ...l, W: Wo }, true)],
        });
        const xt = solveConv(back).preActivation;
        expect(solveConv(back).outputShape).toEqual([C, l.H, l.W]);
        expect(close(dot(xt, x), dot(z.preActivation, y), 50)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('identity', () => {
  it('a 1×1 identity kernel returns the input, dense or depthwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer(),
        (C, H, W, seed) => {
          const input = values(seed, [C, H, W]) as Maps;
          const dense = Array.from({ length: C }, (_, f) =>
            Array.from({ length: C }, (_, c) => [[f === c ? 1 : 0]]),
          );
          expect(solveConv(load({ widget: 'conv', input, kernels: dense })).output).toEqual(input);
          const depthwise = Array.from({ length: C }, () => [[[1]]]);
          expect(solveConv(load({ widget: 'conv', input, kernels: depthwise, groups: C })).output).toEqual(
            input,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('pooling backward', () => {
  const pooled = fc
    .record({
      F: fc.integer({ min: 1, max: 3 }),
      H: fc.integer({ min: 1, max: 6 }),
      W: fc.integer({ min: 1, max: 6 }),
      size: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      seed: fc.integer(),
      integers: fc.boolean(),
    })
    .filter((p) => p.size[0] <= p.H && p.size[1] <= p.W);

  for (const type of ['max', 'avg'] as const) {
    it(`${type} pooling routes the whole upstream gradient${type === 'max' ? ', to maxima only' : ''}`, () => {
      fc.assert(
        fc.property(pooled, (p) => {
          // Integer maps make ties likely, which is where max routing is easiest to get wrong.
          const input = (
            p.integers
              ? (values(p.seed, [1, p.H, p.W]) as Maps).map((m) => m.map((r) => r.map(Math.round)))
              : values(p.seed, [1, p.H, p.W])
          ) as Maps;
          const problem = load({
            widget: 'conv',
            input,
            kernels: values(p.seed + 1, [p.F, 1, 1, 1]),
            pool: { type, size: p.size, stride: p.stride },
          });
          const solution = solveConv(problem);
          const upstream = values(p.seed + 2, [
            p.F,
            solution.pooled![0]!.length,
            solution.pooled![0]![0]!.length,
          ]) as Maps;
          const gradient = poolBackward(problem, upstream);
          const sum = (m: Maps) => flat(m).reduce((a, b) => a + b, 0);
          expect(close(sum(gradient), sum(upstream), 10)).toBe(true);
          expect(sum(poolBackward(problem))).toBeCloseTo(flat(solution.pooled).length, 9);
          if (type === 'max') {
            const [sh, sw] = p.stride;
            const winners = new Set<string>();
            solution.pooled!.forEach((map, f) =>
              map.forEach((row, r) =>
                row.forEach((value, c) => {
                  // The first maximum in row-major order, as PyTorch picks it.
                  let best: [number, number] | undefined;
                  for (let u = 0; u < p.size[0] && !best; u++) {
                    for (let v = 0; v < p.size[1] && !best; v++) {
                      if (solution.output[f]![r * sh + u]![c * sw + v] === value)
                        best = [r * sh + u, c * sw + v];
                    }
                  }
                  winners.add(`${f},${best![0]},${best![1]}`);
                }),
              ),
            );
            gradient.forEach((map, f) =>
              map.forEach((row, i) =>
                row.forEach((g, j) => winners.has(`${f},${i},${j}`) || expect(g).toBe(0)),
              ),
            );
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
