import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../test/close.js';
import { Checker } from '../validate/checker.js';
import type { NormProblem } from './problem.js';
import { readNorm } from './read.js';
import { solveNorm } from './solve.js';

const folder = new URL('../../test/fixtures/', import.meta.url);
const fixtures = readdirSync(folder)
  .filter((name) => name.startsWith('norm-'))
  .map(
    (name) =>
      JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as {
        name: string;
        problem: unknown;
        expected: unknown;
      },
  );

function read(value: unknown): NormProblem {
  const c = new Checker();
  const problem = readNorm(c, value);
  expect(c.issues).toEqual([]);
  return problem!;
}

describe('solveNorm', () => {
  it.each(fixtures.map((f) => [f.name, f]))('matches PyTorch: %s', (_name, { problem, expected }) => {
    expectClose(solveNorm(read(problem)), expected);
  });

  it('has exactly the keys the format names', () => {
    const input = [
      [
        [1, 2],
        [3, 4],
      ],
    ];
    expect(Object.keys(solveNorm(read({ widget: 'norm', input, type: 'layer' })))).toEqual([
      'output',
      'mean',
      'variance',
    ]);
    expect(Object.keys(solveNorm(read({ widget: 'norm', input, type: 'rms' })))).toEqual([
      'output',
      'meanSquare',
    ]);
  });

  it('shapes the statistics by the groups they describe', () => {
    const nchw = [
      [[[1, 2]], [[3, 4]], [[5, 6]], [[7, 9]]],
      [[[1, 2]], [[3, 4]], [[5, 6]], [[7, 9]]],
      [[[1, 2]], [[3, 4]], [[5, 6]], [[7, 9]]],
    ];
    const btd = [
      [
        [1, 2, 3, 4],
        [5, 6, 7, 9],
      ],
      [
        [1, 2, 3, 4],
        [5, 6, 7, 9],
      ],
      [
        [1, 2, 3, 4],
        [5, 6, 7, 9],
      ],
    ];
    const shapeOf = (v: unknown): number[] => (Array.isArray(v) ? [v.length, ...shapeOf(v[0])] : []);
    const cases: [unknown, string, number | undefined, number[]][] = [
      [nchw, 'batch', undefined, [4]],
      [nchw, 'layer', undefined, [3]],
      [nchw, 'instance', undefined, [3, 4]],
      [nchw, 'group', 2, [3, 2]],
      [btd, 'batch', undefined, [4]],
      [btd, 'layer', undefined, [3, 2]],
      [btd, 'rms', undefined, [3, 2]],
      [btd, 'instance', undefined, [3, 4]],
      [btd, 'group', 2, [3, 2, 2]],
    ];
    for (const [input, type, groups, shape] of cases) {
      const solution = solveNorm(read({ widget: 'norm', input, type, groups }));
      const stat = 'mean' in solution ? solution.mean : solution.meanSquare;
      expect(shapeOf(stat), `${type} ${shapeOf(input).join('x')}`).toEqual(shape);
      expect(shapeOf(solution.output)).toEqual(shapeOf(input));
    }
  });

  it('collapses a one-value group to beta (batch norm on NC with N = 1)', () => {
    const solution = solveNorm(
      read({ widget: 'norm', input: [[3, -1, 7]], type: 'batch', beta: [0.5, -2, 4] }),
    );
    expect(solution).toEqual({ output: [[0.5, -2, 4]], mean: [3, -1, 7], variance: [0, 0, 0] });
  });
});
