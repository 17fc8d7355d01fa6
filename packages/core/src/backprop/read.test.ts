import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import type { Issue } from '../validate/issue.js';
import { backpropKind } from './kind.js';
import { BACKPROP_LIMITS } from './limits.js';

function issues(value: unknown): Issue[] {
  const c = new Checker();
  const problem = backpropKind.read(c, value);
  expect(problem === undefined).toBe(c.issues.length > 0);
  return c.issues;
}

const valid = () => ({
  widget: 'backprop',
  input: [1, 2],
  target: [4, 1],
  layers: [
    {
      weights: [
        [-0.5, 0],
        [0.5, 1],
        [0, 1],
      ],
      bias: [2.5, -0.5, 1],
      activation: { type: 'leakyRelu', alpha: 0.5 },
    },
    {
      weights: [
        [0.5, 2, 0.5],
        [1, -0.5, -2],
      ],
      bias: [-5, -1],
    },
  ],
  loss: { type: 'mse', reduction: 'halfSum' },
});

/** The valid problem with one change at a dotted path. */
function changed(path: (string | number)[], value: unknown): Record<string, unknown> {
  const problem = valid() as Record<string, unknown>;
  let at = problem as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return problem;
}

const one = (path: string, message: string) => [{ path, message }];

describe('reading a backprop problem', () => {
  it('accepts the valid problem', () => {
    expect(issues(valid())).toEqual([]);
  });

  it.each([
    ['a missing input', ['input'], undefined, one('input', 'required')],
    ['a missing target', ['target'], undefined, one('target', 'required')],
    ['missing layers', ['layers'], undefined, one('layers', 'required')],
    ['a missing loss', ['loss'], undefined, one('loss', 'required')],
    ['an input that is not an array', ['input'], 5, one('input', 'expected an array of values, got 5')],
    ['an empty input', ['input'], [], [{ path: 'input', message: 'expected values, got an empty array' }]],
    [
      'a non-number in the input',
      ['input', 1],
      'a',
      one('input[1]', 'expected a finite number, got the string "a"'),
    ],
    [
      'layers that are not an array',
      ['layers'],
      {},
      one('layers', 'expected an array of layers, got an object'),
    ],
    ['no layers', ['layers'], [], one('layers', 'expected at least one layer, got none')],
    ['a layer that is not an object', ['layers', 1], 3, one('layers[1]', 'expected an object, got 3')],
    ['a layer without weights', ['layers', 0, 'weights'], undefined, one('layers[0].weights', 'required')],
    ['a layer without bias', ['layers', 1, 'bias'], undefined, one('layers[1].bias', 'required')],
    [
      'weights that do not fit the input',
      ['layers', 0, 'weights'],
      [
        [1, 2, 3],
        [1, 2, 3],
        [1, 2, 3],
      ],
      [
        {
          path: 'layers[0].weights',
          message: 'expected 2 columns (one per input value) in every row, got 3',
        },
      ],
    ],
    [
      'weights that do not fit the layer below',
      ['layers', 1, 'weights'],
      [
        [1, 2],
        [3, 4],
      ],
      [
        {
          path: 'layers[1].weights',
          message: 'expected 3 columns (one per unit of layers[0]) in every row, got 2',
        },
      ],
    ],
    [
      'ragged weights',
      ['layers', 0, 'weights', 2],
      [0, 1, 2],
      [{ path: 'layers[0].weights[2]', message: 'expected 2 columns (one per input value), got 3' }],
    ],
    [
      'a weight that is not a number',
      ['layers', 1, 'weights', 1, 2],
      null,
      one('layers[1].weights[1][2]', 'expected a finite number, got null'),
    ],
    [
      'a bias of the wrong length',
      ['layers', 0, 'bias'],
      [1, 2],
      one('layers[0].bias', 'expected 3 biases (one per row of weights), got 2'),
    ],
    [
      'a target of the wrong length',
      ['target'],
      [1, 2, 3],
      one('target', 'expected 2 values (one per output unit), got 3'),
    ],
    [
      'an unknown key',
      ['learningrate'],
      0.5,
      one(
        'learningrate',
        'unknown key (did you mean "learningRate"?); known keys: widget, input, target, layers, loss, learningRate',
      ),
    ],
    [
      'an unknown layer key',
      ['layers', 0, 'biases'],
      [0, 0, 0],
      one('layers[0].biases', 'unknown key (did you mean "bias"?); known keys: weights, bias, activation'),
    ],
    [
      'an unknown activation',
      ['layers', 0, 'activation'],
      { type: 'relU' },
      one(
        'layers[0].activation.type',
        'expected one of "identity", "relu", "leakyRelu", "sigmoid", "tanh", "softplus", "step", got the string "relU" (did you mean "relu"?)',
      ),
    ],
    [
      'an unknown loss',
      ['loss', 'type'],
      'mes',
      one(
        'loss.type',
        'expected one of "mse", "crossEntropy", "bce", got the string "mes" (did you mean "mse"?)',
      ),
    ],
    ['mse without a reduction', ['loss', 'reduction'], undefined, one('loss.reduction', 'required')],
    [
      'an unknown reduction',
      ['loss', 'reduction'],
      'halfsum',
      one(
        'loss.reduction',
        'expected one of "mean", "sum", "halfSum", got the string "halfsum" (did you mean "halfSum"?)',
      ),
    ],
    ['a loss without a type', ['loss', 'type'], undefined, one('loss.type', 'required')],
    [
      'a loss key its type does not take',
      ['loss', 'positiveWeight'],
      2,
      one('loss.positiveWeight', '"mse" takes no positiveWeight'),
    ],
    [
      'a negative learning rate',
      ['learningRate'],
      -0.1,
      one('learningRate', 'expected a number >= 0, got -0.1'),
    ],
    [
      'a learning rate that is not a number',
      ['learningRate'],
      '0.1',
      one('learningRate', 'expected a finite number, got the string "0.1"'),
    ],
  ] as const)('reports %s with its path', (_name, path, value, want) => {
    expect(issues(changed([...path], value))).toEqual(want);
  });

  it('checks loss-specific keys and weights', () => {
    expect(issues({ ...valid(), target: [0, 1], loss: { type: 'crossEntropy', reduction: 'mean' } })).toEqual(
      [{ path: 'loss.reduction', message: '"crossEntropy" takes no reduction' }],
    );
    expect(
      issues({ ...valid(), target: [1, 0], loss: { type: 'bce', positiveWeight: -1, negativeWeight: 'x' } }),
    ).toEqual([
      { path: 'loss.positiveWeight', message: 'expected a number >= 0, got -1' },
      { path: 'loss.negativeWeight', message: 'expected a finite number, got the string "x"' },
    ]);
  });

  it('requires a probability distribution as the cross-entropy target', () => {
    expect(issues({ ...valid(), target: [0.2, 0.3], loss: { type: 'crossEntropy' } })).toEqual([
      {
        path: 'target',
        message: 'crossEntropy needs a probability distribution summing to 1, got a sum of 0.5',
      },
    ]);
    expect(issues({ ...valid(), target: [1.5, -0.5], loss: { type: 'crossEntropy' } })).toEqual([
      {
        path: 'target[1]',
        message: 'crossEntropy needs a probability distribution: expected a number >= 0, got -0.5',
      },
    ]);
    expect(issues({ ...valid(), target: [0.3, 0.7 + 1e-12], loss: { type: 'crossEntropy' } })).toEqual([]);
    // The sum is written as typed, not with float64's noise (0.1 + 0.2 is 0.30000000000000004).
    expect(issues({ ...valid(), target: [0.1, 0.2], loss: { type: 'crossEntropy' } })[0]!.message).toBe(
      'crossEntropy needs a probability distribution summing to 1, got a sum of 0.3',
    );
  });

  it('requires bce targets in [0, 1] and outputs in (0, 1), naming the output', () => {
    expect(issues({ ...valid(), target: [1, 2], loss: { type: 'bce' } })).toEqual([
      { path: 'target[1]', message: 'bce needs a probability: expected a number from 0 to 1, got 2' },
    ]);
    // This network's outputs are 1.5 and −6 (its last layer is linear): neither is a probability.
    expect(issues({ ...valid(), target: [1, 0], loss: { type: 'bce' } })).toEqual([
      {
        path: 'layers[1].activation',
        message:
          'bce needs every output strictly between 0 and 1, but output[0] is 1.5; a sigmoid last layer keeps it there unless z saturates',
      },
      {
        path: 'layers[1].activation',
        message:
          'bce needs every output strictly between 0 and 1, but output[1] is −6; a sigmoid last layer keeps it there unless z saturates',
      },
    ]);
    const saturated = changed(['layers', 1, 'bias'], [50, 0]);
    (saturated.layers as { activation?: unknown }[])[1]!.activation = { type: 'sigmoid' };
    expect(issues({ ...saturated, target: [1, 0], loss: { type: 'bce' } })).toEqual([
      {
        path: 'layers[1].activation',
        message:
          'bce needs every output strictly between 0 and 1, but output[0] is 1; a sigmoid last layer keeps it there unless z saturates',
      },
    ]);
  });

  it('reports float64 overflow instead of solving to NaN', () => {
    expect(issues(changed(['input'], [1e308, 1e308]))[0]).toEqual({
      path: 'layers[1]',
      message: 'the forward pass overflows float64 at z[0] (∞); use smaller weights or inputs',
    });
    expect(issues(changed(['target'], [1e200, 0]))).toEqual([
      { path: 'loss', message: 'the loss overflows float64 (∞); use smaller weights or inputs' },
    ]);
    expect(issues(changed(['learningRate'], 1e308))).toEqual([
      {
        path: 'layers[1]',
        message:
          'the gradients or updated parameters overflow float64; use smaller weights, inputs or learning rate',
      },
    ]);
  });

  it('enforces the size limits, saying them', () => {
    const wide = new Array<number>(BACKPROP_LIMITS.width + 1).fill(0);
    expect(issues(changed(['input'], wide))).toContainEqual({
      path: 'input',
      message: 'the number of values is 1025, over the limit of 1024',
    });
    const deep = Array.from({ length: BACKPROP_LIMITS.layers + 1 }, () => ({ weights: [[1]], bias: [0] }));
    expect(issues({ ...valid(), input: [1], target: [1], layers: deep })).toEqual([
      { path: 'layers', message: 'the number of layers is 65, over the limit of 64' },
    ]);
    const units = Array.from({ length: BACKPROP_LIMITS.width + 1 }, () => [1]);
    expect(
      issues({ ...valid(), input: [1], target: [1], layers: [{ weights: units, bias: [0] }] }),
    ).toContainEqual({
      path: 'layers[0].weights',
      message: 'the number of units is 1025, over the limit of 1024',
    });
    const big = Array.from({ length: 1000 }, () => new Array<number>(250).fill(0));
    expect(
      issues({
        ...valid(),
        input: new Array<number>(250).fill(0),
        target: [0],
        layers: [
          { weights: big, bias: new Array<number>(1000).fill(0) },
          { weights: [new Array<number>(1000).fill(0)], bias: [0] },
        ],
      }),
    ).toEqual([
      {
        path: 'layers',
        message: 'the number of parameters (weights and biases) is 252001, over the limit of 200000',
      },
    ]);
  });

  it('reports every issue at once', () => {
    const paths = issues({
      widget: 'backprop',
      input: [1, 'x'],
      target: 'y',
      layers: [{ weights: [[1, 2], [3]], bias: [0], activation: { type: 'sigmoid', alpha: 1 } }, 7],
      loss: { type: 'mse' },
      learningRate: -1,
      extra: true,
    }).map((i) => i.path);
    expect(paths).toEqual([
      'extra',
      'input[1]',
      'layers[0].weights[1]',
      'layers[0].bias',
      'layers[0].activation.alpha',
      'layers[1]',
      'target',
      'loss.reduction',
      'learningRate',
    ]);
  });
});
