import { convGeometry, poolBackward, validate, type ConvProblem } from '@dlviz/core';
import { expect, test } from 'vitest';
import { routingSoFar } from '../src/routing-so-far.js';
import { cellKey } from '../src/step-marks.js';
import { duke } from './helpers.js';

// Duke: a 4×4 activation map, max-pooled by 2×2 windows at stride 2 into 2×2.
const checked = validate(duke);
const problem = (checked.ok ? checked.value : undefined) as ConvProblem;
const g = convGeometry(problem);

test('only the pooled cells computed so far route their gradient; the other windows are pending', () => {
  const { gradient, pending } = routingSoFar(problem, g, [1]);
  const first = [cellKey(0, 0), cellKey(0, 1), cellKey(1, 0), cellKey(1, 1)];
  expect(pending[0]!.size).toBe(12);
  for (const key of first) expect(pending[0]!.has(key)).toBe(false);
  // The first window routes as it does in the whole routing (to its maximum); nothing else routes yet.
  const whole = poolBackward(problem);
  gradient[0]!.forEach((row, r) =>
    row.forEach((v, c) => expect(v).toBe(r < 2 && c < 2 ? whole[0]![r]![c] : 0)),
  );
  expect(gradient[0]!.flat().reduce((a, b) => a + b)).toBe(1);
});

test('once every pooled cell is computed it is the whole routing; before any, every window is pending', () => {
  const all = g.pooledHeight * g.pooledWidth;
  const { gradient, pending } = routingSoFar(problem, g, [all]);
  expect(gradient).toEqual(poolBackward(problem));
  expect(pending[0]!.size).toBe(0);
  expect(routingSoFar(problem, g, [0]).pending[0]!.size).toBe(g.outputHeight * g.outputWidth);
});

test('a cell in no window gets 0 and is never pending', () => {
  // A 5×5 map pooled by 2×2 windows at stride 2: row 4 and column 4 are in no window.
  const odd = {
    ...problem,
    input: [Array.from({ length: 5 }, () => [1, 2, 3, 4, 5])],
    kernels: [[[[1]]]],
    padding: [0, 0] as [number, number],
    bias: [0],
  };
  const oddG = convGeometry(odd);
  const { gradient, pending } = routingSoFar(odd, oddG, [0]);
  for (let i = 0; i < 5; i++) {
    expect(pending[0]!.has(cellKey(4, i))).toBe(false);
    expect(pending[0]!.has(cellKey(i, 4))).toBe(false);
    expect(gradient[0]![4]![i]).toBe(0);
  }
  expect(pending[0]!.has(cellKey(3, 3))).toBe(true);
});
