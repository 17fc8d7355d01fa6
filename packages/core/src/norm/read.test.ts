import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { NORM_LIMITS } from './limits.js';
import { readNorm } from './read.js';

function issues(value: unknown): { path: string; message: string }[] {
  const c = new Checker();
  const problem = readNorm(c, value);
  expect(problem === undefined).toBe(c.issues.length > 0);
  return c.issues;
}

const nc = [
  [1, 2, 3, 4],
  [2, 0, 1, 5],
];
const base = { widget: 'norm', input: nc, type: 'batch' };

describe('readNorm fills defaults', () => {
  it('takes the layout from the rank, eps 1e-5, gamma ones and beta zeros', () => {
    const c = new Checker();
    expect(readNorm(c, base)).toEqual({
      widget: 'norm',
      input: nc,
      layout: 'NC',
      type: 'batch',
      eps: 1e-5,
      gamma: [1, 1, 1, 1],
      beta: [0, 0, 0, 0],
    });
    expect(readNorm(c, { widget: 'norm', input: [[[1, 2]]], type: 'group', groups: 2 })).toMatchObject({
      layout: 'BTD',
      groups: 2,
    });
    expect(readNorm(c, { widget: 'norm', input: [[[[1]]]], type: 'layer', layout: 'NCHW' })).toMatchObject({
      layout: 'NCHW',
    });
    expect(c.issues).toEqual([]);
  });

  it('accepts eps 0 when no group is constant', () => {
    expect(issues({ ...base, eps: 0 })).toEqual([]);
  });
});

describe('readNorm rejects bad input with exact paths', () => {
  it.each<[string, unknown, { path: string; message: string }[]]>([
    ['not an object', 5, [{ path: '', message: 'expected an object, got 5' }]],
    [
      'an unknown key',
      { ...base, epss: 1 },
      [
        {
          path: 'epss',
          message:
            'unknown key (did you mean "eps"?); known keys: widget, input, layout, type, groups, eps, gamma, beta',
        },
      ],
    ],
    ['a missing input', { widget: 'norm', type: 'batch' }, [{ path: 'input', message: 'required' }]],
    [
      'a missing type',
      { widget: 'norm', input: nc },
      [{ path: 'type', message: 'required, one of "batch", "layer", "instance", "group", "rms"' }],
    ],
    [
      'a misspelt type',
      { ...base, type: 'btach' },
      [
        {
          path: 'type',
          message:
            'expected one of "batch", "layer", "instance", "group", "rms", got the string "btach" (did you mean "batch"?)',
        },
      ],
    ],
    [
      'an input of rank 1',
      { ...base, input: [1, 2] },
      [
        {
          path: 'input',
          message: 'expected number[N][C][H][W], number[N][C], number[B][T][D], got a 1-D array',
        },
      ],
    ],
    [
      'an empty input',
      { ...base, input: [] },
      [{ path: 'input', message: 'expected at least one example, got an empty array' }],
    ],
    [
      'an input of rank 5',
      { ...base, input: [[[[[1]]]]] },
      [
        {
          path: 'input',
          message: 'expected number[N][C][H][W], number[N][C], number[B][T][D], got a 5-D array',
        },
      ],
    ],
    [
      'an input string',
      { ...base, input: 'x' },
      [
        {
          path: 'input',
          message: 'expected number[N][C][H][W], number[N][C], number[B][T][D], got the string "x"',
        },
      ],
    ],
    [
      'a ragged input',
      {
        ...base,
        input: [
          [1, 2, 3],
          [4, 5],
        ],
      },
      [{ path: 'input[1]', message: 'expected 3 channels, got 2' }],
    ],
    [
      'a ragged BTD input',
      {
        ...base,
        input: [
          [[1, 2]],
          [
            [3, 4],
            [5, 6],
          ],
        ],
      },
      [{ path: 'input[1]', message: 'expected 1 tokens, got 2' }],
    ],
    [
      'a non-number',
      { ...base, input: [[1, 'a']] },
      [{ path: 'input[0][1]', message: 'expected a finite number, got the string "a"' }],
    ],
    [
      'an empty row',
      { ...base, input: [[]] },
      [{ path: 'input[0]', message: 'expected channels, got an empty array' }],
    ],
    [
      'a huge value',
      { ...base, input: [[1, 1e10]] },
      [
        {
          path: 'input[0][1]',
          message: `|value| must be at most ${NORM_LIMITS.maxAbsValue}, got 10000000000`,
        },
      ],
    ],
    [
      'a layout that contradicts the rank',
      { ...base, layout: 'NCHW' },
      [{ path: 'layout', message: '"NCHW" needs a 4-D input number[N][C][H][W], but input is 2-D' }],
    ],
    [
      'an unknown layout',
      { ...base, layout: 'NHWC' },
      [
        {
          path: 'layout',
          message: 'expected one of "NCHW", "NC", "BTD", got the string "NHWC" (did you mean "NCHW"?)',
        },
      ],
    ],
    [
      'group norm without groups',
      { ...base, type: 'group' },
      [{ path: 'groups', message: 'required for "group" normalization' }],
    ],
    [
      'groups for another type',
      { ...base, groups: 2 },
      [{ path: 'groups', message: 'only "group" normalization takes groups, not "batch"' }],
    ],
    [
      'groups that do not divide C',
      { ...base, type: 'group', groups: 3 },
      [{ path: 'groups', message: '3 does not divide the 4 channels' }],
    ],
    [
      'groups that do not divide D',
      { widget: 'norm', input: [[[1, 2, 3, 4]]], type: 'group', groups: 3 },
      [{ path: 'groups', message: '3 does not divide the 4 features' }],
    ],
    [
      'zero groups',
      { ...base, type: 'group', groups: 0 },
      [{ path: 'groups', message: 'expected a number >= 1, got 0' }],
    ],
    [
      'fractional groups',
      { ...base, type: 'group', groups: 1.5 },
      [{ path: 'groups', message: 'expected an integer, got 1.5' }],
    ],
    ['a negative eps', { ...base, eps: -1 }, [{ path: 'eps', message: 'expected a number >= 0, got -1' }]],
    [
      'a huge eps',
      { ...base, eps: 1e7 },
      [{ path: 'eps', message: `expected a number <= ${NORM_LIMITS.maxEps}, got 10000000` }],
    ],
    [
      'a string eps',
      { ...base, eps: '0.1' },
      [{ path: 'eps', message: 'expected a finite number, got the string "0.1"' }],
    ],
    [
      // A group of equal values is allowed at eps = 0 (its outputs are β); one whose values differ
      // by so little that their squares underflow would come out ±∞.
      'eps 0 on a group whose variance underflows',
      {
        ...base,
        input: [
          [1e-170, 2, 3, 4],
          [-1e-170, 5, 6, 7],
        ],
        eps: 0,
      },
      [
        {
          path: 'eps',
          message:
            'must be greater than 0 here: the values of channel 0 are not all equal, but their variance is 0 in float64 (their squares underflow), so normalizing them would divide by √0',
        },
      ],
    ],
    [
      'eps 0 on an RMS group whose mean square underflows',
      {
        widget: 'norm',
        input: [
          [
            [1, 2],
            [1e-170, 0],
          ],
        ],
        type: 'rms',
        eps: 0,
      },
      [
        {
          path: 'eps',
          message:
            'must be greater than 0 here: the values of example 0, token 1 are not all 0, but their mean square is 0 in float64 (their squares underflow), so normalizing them would divide by √0',
        },
      ],
    ],
    [
      'gamma of the wrong length',
      { ...base, gamma: [1, 2, 3] },
      [{ path: 'gamma', message: 'expected 4 channels, got 3' }],
    ],
    [
      'beta of the wrong length (BTD)',
      { widget: 'norm', input: [[[1, 2]]], type: 'layer', beta: [1] },
      [{ path: 'beta', message: 'expected 2 features, got 1' }],
    ],
    [
      'a gamma entry that is not a number',
      { ...base, gamma: [1, null, 1, 1] },
      [{ path: 'gamma[1]', message: 'expected a finite number, got null' }],
    ],
    [
      'gamma not an array',
      { ...base, gamma: 2 },
      [{ path: 'gamma', message: 'expected an array of channels, got 2' }],
    ],
    [
      'a huge beta',
      { ...base, beta: [0, 0, 0, -2e9] },
      [{ path: 'beta[3]', message: `|value| must be at most ${NORM_LIMITS.maxAbsValue}, got -2000000000` }],
    ],
    [
      'too many values',
      { ...base, input: new Array<number[]>(2049).fill(new Array<number>(512).fill(0)) },
      [
        {
          path: 'input',
          message: `the input size N·C is 1049088, over the limit of ${NORM_LIMITS.maxCells}`,
        },
      ],
    ],
    [
      'too many channels',
      { ...base, type: 'layer', input: [new Array<number>(4097).fill(1)] },
      [
        {
          path: 'input',
          message: `the number of channels is 4097, over the limit of ${NORM_LIMITS.maxChannels}`,
        },
      ],
    ],
  ])('%s', (_name, value, expected) => {
    expect(issues(value)).toEqual(expected);
  });

  it('reports every issue at once, checking gamma even when the input is unreadable', () => {
    expect(
      issues({ widget: 'norm', input: [[1], 'x'], type: 'layr', eps: -2, gamma: ['a'], groups: 2 }),
    ).toEqual([
      { path: 'input[1]', message: 'expected an array of channels, got the string "x"' },
      {
        path: 'type',
        message:
          'expected one of "batch", "layer", "instance", "group", "rms", got the string "layr" (did you mean "layer"?)',
      },
      { path: 'eps', message: 'expected a number >= 0, got -2' },
      { path: 'gamma[0]', message: 'expected a finite number, got the string "a"' },
    ]);
  });
});
