import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { normFlat } from './compute.js';
import type { NormProblem } from './problem.js';
import { randomNormInput } from './random.js';
import { readNorm } from './read.js';
import { solveNorm } from './solve.js';
import { flatten, shapeOf, type NestedNumbers } from './tensor.js';

function read(value: unknown): NormProblem {
  const c = new Checker();
  const problem = readNorm(c, value);
  expect(c.issues).toEqual([]);
  return problem!;
}

const flat = (tensor: unknown) => flatten(tensor as NestedNumbers, shapeOf(tensor));

describe('normFlat', () => {
  it.each([
    ['NCHW', [2, 3, 2, 2], 'group', 3],
    ['NC', [4, 3], 'batch', undefined],
    ['BTD', [2, 3, 4], 'layer', undefined],
    ['BTD', [2, 3, 4], 'rms', undefined],
  ] as const)('gives %s %s input and output in row-major order', (layout, shape, type, groups) => {
    const input = randomNormInput({ layout, shape: [...shape], seed: 7 });
    const problem = read({ widget: 'norm', input, layout, type, groups });
    const { x, output } = normFlat(problem);
    expect(x).toEqual(flat(input));
    expect(output).toEqual(flat(solveNorm(problem).output));
  });

  it('hands out the same arrays again, and one input array to every type of that input', () => {
    const input = randomNormInput({ layout: 'NCHW', shape: [2, 2, 2, 2], seed: 3 });
    const batch = read({ widget: 'norm', input, type: 'batch' });
    const layer = read({ widget: 'norm', input, type: 'layer' });
    expect(normFlat(batch).output).toBe(normFlat(batch).output);
    expect(normFlat(layer).x).toBe(normFlat(batch).x);
    expect(normFlat(layer).output).not.toEqual(normFlat(batch).output);
  });
});
