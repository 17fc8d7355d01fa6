import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { normLayouts, normTypes, type NormLayout, type NormType } from './layout.js';
import type { NormProblem, NormTensor } from './problem.js';
import { readNorm } from './read.js';
import { solveNorm } from './solve.js';

/** Row-major coordinates of every cell, and the flat values, of a nested array. */
function cells(tensor: unknown, prefix: number[] = []): { coords: number[]; value: number }[] {
  return Array.isArray(tensor)
    ? tensor.flatMap((t, i) => cells(t, [...prefix, i]))
    : [{ coords: prefix, value: tensor as number }];
}

/**
 * The spec's axes paragraph, written independently of the solver: the key naming the group a cell
 * (in layout coordinates) belongs to. NC is NCHW with H = W = 1.
 */
function specKey(type: NormType, layout: NormLayout, coords: number[], channelsPerGroup: number): string {
  if (layout === 'BTD') {
    const [b, t, d] = coords as [number, number, number];
    if (type === 'batch') return `${d}`;
    if (type === 'instance') return `${b},${d}`;
    if (type === 'group') return `${b},${t},${Math.floor(d / channelsPerGroup)}`;
    return `${b},${t}`;
  }
  const [n, c] = coords as [number, number];
  if (type === 'batch') return `${c}`;
  if (type === 'instance') return `${n},${c}`;
  if (type === 'group') return `${n},${Math.floor(c / channelsPerGroup)}`;
  return `${n}`;
}

const rankOf: Record<NormLayout, number> = { NCHW: 4, NC: 2, BTD: 3 };

/** A problem of any layout and type with its data, small enough to check by brute force. */
const problems = fc
  .record({
    layout: fc.constantFrom(...normLayouts),
    type: fc.constantFrom(...normTypes),
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
    groupChoice: fc.nat(),
    seed: fc.integer(),
  })
  .chain(({ layout, type, sizes, groupChoice }) => {
    const shape = sizes.slice(0, rankOf[layout]);
    const count = shape.reduce((a, b) => a * b, 1);
    const channels = shape[layout === 'BTD' ? 2 : 1]!;
    const divisors = Array.from({ length: channels }, (_, i) => i + 1).filter((g) => channels % g === 0);
    const groups = type === 'group' ? divisors[groupChoice % divisors.length] : undefined;
    return fc
      .array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: count, maxLength: count })
      .map((flat) => {
        let i = 0;
        const build = (depth: number): unknown =>
          depth === shape.length ? flat[i++] : Array.from({ length: shape[depth]! }, () => build(depth + 1));
        return { layout, type, shape, groups, channels, input: build(0) };
      });
  });

function read(value: unknown): NormProblem {
  const c = new Checker();
  const problem = readNorm(c, value);
  expect(c.issues).toEqual([]);
  return problem!;
}

/** Values grouped by the spec's key. */
function bySpec(
  type: NormType,
  layout: NormLayout,
  tensor: NormTensor | unknown,
  channelsPerGroup: number,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const { coords, value } of cells(tensor)) {
    const key = specKey(type, layout, coords, channelsPerGroup);
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return groups;
}

const meanOf = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;

describe('normalization properties', () => {
  it('standardizes every group of the spec (rms: unit mean square), for every type and layout', () => {
    const eps = 1e-12;
    fc.assert(
      fc.property(problems, ({ layout, type, groups, channels, input }) => {
        const perGroup = groups === undefined ? 1 : channels / groups;
        const before = bySpec(type, layout, input, perGroup);
        const spreadOf = (v: number[]): number =>
          type === 'rms' ? meanOf(v.map((x) => x * x)) : meanOf(v.map((x) => (x - meanOf(v)) ** 2));
        // Non-degenerate data only: the eps effect is then negligible.
        fc.pre([...before.values()].every((v) => v.length > 1 && spreadOf(v) > 1e-3));
        const solution = solveNorm(read({ widget: 'norm', input, layout, type, groups, eps }));
        const after = bySpec(type, layout, solution.output, perGroup);
        expect(after.size).toBe(before.size);
        for (const [key, values] of after) {
          const ratio = spreadOf(before.get(key)!) / (spreadOf(before.get(key)!) + eps);
          if (type !== 'rms') expect(Math.abs(meanOf(values))).toBeLessThan(1e-9);
          expect(spreadOf(values)).toBeCloseTo(ratio, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports the statistics of the spec groups', () => {
    fc.assert(
      fc.property(problems, ({ layout, type, groups, channels, input }) => {
        const perGroup = groups === undefined ? 1 : channels / groups;
        const solution = solveNorm(read({ widget: 'norm', input, layout, type, groups }));
        const expected = bySpec(type, layout, input, perGroup);
        const stat = 'mean' in solution ? solution.mean : solution.meanSquare;
        const reported = cells(stat);
        expect(reported.length).toBe(expected.size);
        // Statistics are laid out in the order their groups first appear in the input.
        [...expected.values()].forEach((values, k) => {
          const want = 'mean' in solution ? meanOf(values) : meanOf(values.map((x) => x * x));
          expect(Math.abs(reported[k]!.value - want)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(want)));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('applies gamma and beta per channel as an affine map', () => {
    fc.assert(
      fc.property(problems, fc.integer(), ({ layout, type, groups, channels, input }, seed) => {
        const gamma = Array.from({ length: channels }, (_, c) => ((seed + 7 * c) % 5) - 2.5);
        const beta = Array.from({ length: channels }, (_, c) => ((seed * 3 + c) % 7) - 3);
        const plain = cells(solveNorm(read({ widget: 'norm', input, layout, type, groups })).output);
        const affine = cells(
          solveNorm(read({ widget: 'norm', input, layout, type, groups, gamma, beta })).output,
        );
        const channelAxis = layout === 'BTD' ? 2 : 1;
        plain.forEach(({ coords, value }, i) => {
          const c = coords[channelAxis]!;
          const want = gamma[c]! * value + beta[c]!;
          expect(Math.abs(affine[i]!.value - want)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(want)));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('permutes layer-norm outputs with the examples (layer norm is per example)', () => {
    const layerProblems = problems.filter((p) => p.type === 'layer' && (p.input as unknown[]).length > 1);
    fc.assert(
      fc.property(layerProblems, fc.nat(), ({ layout, input }, shift) => {
        const examples = input as unknown[];
        const order = examples.map((_, i) => (i + 1 + (shift % (examples.length - 1))) % examples.length);
        const output = solveNorm(read({ widget: 'norm', input, layout, type: 'layer' })).output as unknown[];
        const permuted = solveNorm(
          read({ widget: 'norm', input: order.map((i) => examples[i]), layout, type: 'layer' }),
        ).output;
        expect(permuted).toEqual(order.map((i) => output[i]));
      }),
      { numRuns: 100 },
    );
  });
});
