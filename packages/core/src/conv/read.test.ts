import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { CONV_LIMITS } from './limits.js';
import { readConv } from './read.js';

function read(value: unknown) {
  const c = new Checker();
  const problem = readConv(c, value);
  return { problem, issues: c.issues.map((i) => `${i.path}: ${i.message}`) };
}

const ones = (...shape: number[]): unknown =>
  shape.length === 0 ? 1 : Array.from({ length: shape[0]! }, () => ones(...shape.slice(1)));

/** A valid base problem: 2 channels of 4×4, one 3×3 filter. */
const base = { widget: 'conv', input: ones(2, 4, 4), kernels: ones(1, 2, 3, 3) };
const issuesOf = (patch: Record<string, unknown>): string[] => read({ ...base, ...patch }).issues;

describe('readConv defaults', () => {
  it('fills every default and expands pairs', () => {
    const { problem, issues } = read(base);
    expect(issues).toEqual([]);
    expect(problem).toMatchObject({
      widget: 'conv',
      bias: [0],
      stride: [1, 1],
      padding: [0, 0],
      dilation: [1, 1],
      outputPadding: [0, 0],
      groups: 1,
      transposed: false,
      activation: { type: 'identity' },
      pool: undefined,
    });
  });

  it('takes pairs, and the pool stride defaults to its size', () => {
    const { problem } = read({
      ...base,
      stride: [2, 1],
      padding: [1, 0],
      pool: { type: 'avg', size: [1, 2] },
    });
    expect(problem?.stride).toEqual([2, 1]);
    expect(problem?.padding).toEqual([1, 0]);
    expect(problem?.pool).toEqual({ type: 'avg', size: [1, 2], stride: [1, 2] });
  });

  it('accepts an output padding of 0 without transposed', () => {
    expect(issuesOf({ outputPadding: 0 })).toEqual([]);
  });
});

describe('readConv issues', () => {
  it('names an unknown key and suggests the one meant', () => {
    expect(issuesOf({ paddding: 1 })).toEqual([
      'paddding: unknown key (did you mean "padding"?); known keys: widget, input, kernels, bias, stride, padding, dilation, groups, transposed, outputPadding, activation, pool',
    ]);
  });

  it('requires input and kernels', () => {
    expect(read({ widget: 'conv' }).issues).toEqual(['input: required', 'kernels: required']);
  });

  it('rejects wrong types at their path', () => {
    expect(issuesOf({ input: 3 })).toEqual(['input: expected an array of channels, got 3']);
    expect(issuesOf({ stride: '2' })).toEqual([
      'stride: expected an integer or a pair [rows, columns], got the string "2"',
    ]);
    expect(issuesOf({ transposed: 'yes' })).toEqual([
      'transposed: expected true or false, got the string "yes"',
    ]);
    expect(issuesOf({ groups: 1.5 })).toEqual(['groups: expected an integer, got 1.5']);
    expect(issuesOf({ kernels: [[[[1, 'a']]]] })).toEqual([
      'kernels[0][0][0][1]: expected a finite number, got the string "a"',
    ]);
  });

  it('rejects ragged tensors', () => {
    const kernels = ones(1, 2, 3, 3) as number[][][][];
    kernels[0]![1]!.pop();
    expect(issuesOf({ kernels })).toEqual(['kernels[0][1]: expected 3 rows, got 2']);
    expect(issuesOf({ input: [[[1, 2], [3]]] })).toEqual(['input[0][1]: expected 2 columns, got 1']);
    expect(issuesOf({ input: [] })).toEqual(['input: expected channels, got an empty array']);
  });

  it('rejects values out of range', () => {
    expect(issuesOf({ stride: 0 })).toEqual(['stride: expected a number >= 1, got 0']);
    expect(issuesOf({ padding: [1, -1] })).toEqual(['padding[1]: expected a number >= 0, got -1']);
    expect(issuesOf({ dilation: [1, 2, 3] })).toEqual([
      'dilation: expected an integer or a pair [rows, columns], got an array of 3',
    ]);
    expect(issuesOf({ stride: 65 })).toEqual([
      `stride: expected a number <= ${CONV_LIMITS.maxStride}, got 65`,
    ]);
    expect(issuesOf({ groups: 0 })).toEqual(['groups: expected a number >= 1, got 0']);
  });

  it('checks groups against channels and filters', () => {
    expect(issuesOf({ groups: 3 })).toEqual([
      'groups: groups = 3 must divide the input channels C = 2',
      'groups: groups = 3 must divide the filters F = 1',
    ]);
    expect(issuesOf({ groups: 2, kernels: ones(2, 2, 3, 3) })).toEqual([
      'kernels[0]: expected 1 channel (C/groups = 2/2), got 2',
    ]);
    expect(issuesOf({ kernels: ones(1, 3, 3, 3) })).toEqual([
      'kernels[0]: expected 2 channels (C/groups = 2/1), got 3',
    ]);
  });

  it('wants one bias per filter', () => {
    expect(issuesOf({ bias: [1, 2] })).toEqual(['bias: expected 1 biases (one per filter), got 2']);
    expect(issuesOf({ bias: 1 })).toEqual(['bias: expected an array of biases (one per filter), got 1']);
  });

  it('allows an output padding only when transposed, and below stride or dilation', () => {
    expect(issuesOf({ outputPadding: 1 })).toEqual([
      'outputPadding: only a transposed convolution takes an output padding (set "transposed": true)',
    ]);
    expect(
      issuesOf({ transposed: true, kernels: ones(2, 2, 3, 3), outputPadding: [0, 1], stride: [1, 2] }),
    ).toEqual([]);
    expect(
      issuesOf({ transposed: true, kernels: ones(2, 2, 3, 3), outputPadding: [1, 2], stride: 2 }),
    ).toEqual([
      'outputPadding[1]: must be smaller than the stride (2) or the dilation (1) along columns, got 2',
    ]);
    expect(issuesOf({ transposed: true, kernels: ones(2, 2, 3, 3), outputPadding: 1 })).toEqual([
      'outputPadding: must be smaller than the stride (1) or the dilation (1) along rows, got 1',
      'outputPadding: must be smaller than the stride (1) or the dilation (1) along columns, got 1',
    ]);
    expect(issuesOf({ transposed: true, kernels: ones(2, 2, 3, 3), outputPadding: 1, dilation: 2 })).toEqual(
      [],
    );
  });

  it('names the keys when the output would have no rows', () => {
    expect(issuesOf({ kernels: ones(1, 2, 5, 3) })).toEqual([
      'kernels: the output has no rows: Ho = ⌊(H + 2·ph − dh·(kH − 1) − 1)/sh⌋ + 1 = ⌊(4 + 2·0 − 1·(5 − 1) − 1)/1⌋ + 1 = 0 < 1 (from input, padding, dilation, kernels and stride)',
    ]);
    expect(issuesOf({ dilation: [1, 2] })).toEqual([
      'kernels: the output has no columns: Wo = ⌊(W + 2·pw − dw·(kW − 1) − 1)/sw⌋ + 1 = ⌊(4 + 2·0 − 2·(3 − 1) − 1)/1⌋ + 1 = 0 < 1 (from input, padding, dilation, kernels and stride)',
    ]);
    expect(
      issuesOf({ transposed: true, kernels: ones(2, 2, 1, 1), input: ones(2, 1, 1), padding: 1 }),
    ).toEqual([
      'padding: the output has no rows: Ho = (H − 1)·sh − 2·ph + dh·(kH − 1) + oph + 1 = (1 − 1)·1 − 2·1 + 1·(1 − 1) + 0 + 1 = −1 < 1 (from input, stride, padding, dilation, kernels and outputPadding)',
      'padding: the output has no columns: Wo = (W − 1)·sw − 2·pw + dw·(kW − 1) + opw + 1 = (1 − 1)·1 − 2·1 + 1·(1 − 1) + 0 + 1 = −1 < 1 (from input, stride, padding, dilation, kernels and outputPadding)',
    ]);
  });

  it('checks the pool', () => {
    expect(issuesOf({ pool: { type: 'mean', size: 2 } })).toEqual([
      'pool.type: expected one of "max", "avg", got the string "mean" (did you mean "max"?)',
    ]);
    expect(issuesOf({ pool: { type: 'max' } })).toEqual(['pool.size: required']);
    expect(issuesOf({ pool: { type: 'max', size: 2, strid: 1 } })).toEqual([
      'pool.strid: unknown key (did you mean "stride"?); known keys: type, size, stride',
    ]);
    expect(issuesOf({ pool: 'max' })).toEqual(['pool: expected an object, got the string "max"']);
    expect(issuesOf({ pool: { type: 'max', size: [2, 3] } })).toEqual([
      'pool.size: the pooled output has no columns: Wp = ⌊(Wo − pool size)/pool stride⌋ + 1 = ⌊(2 − 3)/3⌋ + 1 = 0 < 1 (pool.size is larger than the output)',
    ]);
    // The formula gives the output's length: one row here, which the message need not count again.
    expect(issuesOf({ input: [[[1, 2, 3]]], kernels: [[[[1]]]], pool: { type: 'max', size: 2 } })).toEqual([
      'pool.size: the pooled output has no rows: Hp = ⌊(Ho − pool size)/pool stride⌋ + 1 = ⌊(1 − 2)/2⌋ + 1 = 0 < 1 (pool.size is larger than the output)',
    ]);
  });

  it('checks the activation', () => {
    expect(issuesOf({ activation: { type: 'leakyRelu', alpha: 'a' } })).toEqual([
      'activation.alpha: expected a finite number, got the string "a"',
    ]);
    expect(issuesOf({ activation: { type: 'relu', beta: 2 } })).toEqual([
      'activation.beta: "relu" takes no beta',
    ]);
  });

  it('enforces the size limits, stating them', () => {
    expect(issuesOf({ input: ones(1, 257, 256), kernels: ones(1, 1, 1, 1) })).toEqual([
      `input: the input size C·H·W is 65792, over the limit of ${CONV_LIMITS.maxInputCells}`,
    ]);
    expect(issuesOf({ kernels: ones(3641, 2, 3, 3) })).toEqual([
      `kernels: the weight count F·(C/groups)·kH·kW is 65538, over the limit of ${CONV_LIMITS.maxWeights}`,
    ]);
    expect(issuesOf({ input: ones(1, 64, 64), kernels: ones(65, 1, 1, 1) })).toEqual([
      `: the output size F·Ho·Wo is 266240, over the limit of ${CONV_LIMITS.maxOutputCells}`,
    ]);
    expect(issuesOf({ input: ones(1, 64, 64), kernels: ones(64, 1, 31, 31) })).toEqual([
      `: the multiply-add count is 71098624, over the limit of ${CONV_LIMITS.maxMultiplyAdds}`,
    ]);
  });

  it('keeps every value small enough for finite sums', () => {
    expect(issuesOf({ bias: [2e9] })).toEqual([
      'bias[0]: expected a number between −1000000000 and 1000000000, got 2000000000',
    ]);
  });

  it('reports every issue at once', () => {
    expect(
      issuesOf({
        stride: 0,
        padding: -1,
        bias: [],
        pool: { type: 'x', size: 0 },
        activation: { type: 'relu6' },
      }),
    ).toEqual([
      'bias: expected 1 biases (one per filter), got 0',
      'stride: expected a number >= 1, got 0',
      'padding: expected a number >= 0, got -1',
      'activation.type: expected one of "identity", "relu", "leakyRelu", "sigmoid", "tanh", "softplus", "step", got the string "relu6" (did you mean "relu"?)',
      'pool.type: expected one of "max", "avg", got the string "x" (did you mean "max"?)',
      'pool.size: expected a number >= 1, got 0',
    ]);
  });
});
