import type { Widget } from '@dlviz/core';

/**
 * One small problem per type, as the format page shows it to copy from: each key it sets is one a
 * reader would likely change first. The page's test solves every one.
 */
export const examples: Readonly<Record<Widget, object>> = {
  conv: {
    widget: 'conv',
    input: [
      [
        [1, 2, 0],
        [0, 1, 3],
        [2, 1, 0],
      ],
    ],
    kernels: [
      [
        [
          [1, 0],
          [0, -1],
        ],
      ],
    ],
    bias: [0.5],
    padding: 1,
    activation: { type: 'leakyRelu', alpha: 0.1 },
    pool: { type: 'max', size: 2 },
  },
  backprop: {
    widget: 'backprop',
    input: [1, 2],
    target: [1],
    layers: [
      {
        weights: [
          [0.5, -0.5],
          [1, 0],
        ],
        bias: [0, 0.1],
        activation: { type: 'relu' },
      },
      { weights: [[1, -1]], bias: [0], activation: { type: 'sigmoid' } },
    ],
    loss: { type: 'mse', reduction: 'halfSum' },
    learningRate: 0.5,
  },
  optimizer: {
    widget: 'optimizer',
    surface: { expression: 'x^2 + 10*y^2' },
    start: [-4, 1.5],
    steps: 50,
    optimizers: [
      { type: 'sgd', lr: 0.05 },
      { type: 'momentum', lr: 0.05, momentum: 0.8 },
      { type: 'adam', lr: 0.3 },
    ],
  },
  norm: {
    widget: 'norm',
    input: [
      [1, 2, 3, 4],
      [2, 4, 6, 8],
      [0, 1, 0, 1],
    ],
    type: 'batch',
    gamma: [1, 1, 2, 2],
    beta: [0, 0, 0.5, 0.5],
  },
};

/** A value as JSON on one line, spaced as a person writes it: `{"size": 2}`, `[1, 0]`. */
const oneLine = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(oneLine).join(', ')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.entries(value)
          .map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`)
          .join(', ')}}`
      : JSON.stringify(value);

/** How wide a printed line may be, indentation included: a phone shows about this many characters. */
const WIDTH = 44;

/**
 * A problem as the page prints it: whatever fits on one line stays on one (a kernel's rows, an
 * activation), the rest is spread over lines and indented two spaces a level.
 */
export function exampleText(value: unknown, indent = ''): string {
  const line = oneLine(value);
  if (indent.length + line.length <= WIDTH || value === null || typeof value !== 'object') return line;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => inner + exampleText(item, inner))
    : Object.entries(value).map(
        ([key, item]) => `${inner}${JSON.stringify(key)}: ${exampleText(item, inner)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}
