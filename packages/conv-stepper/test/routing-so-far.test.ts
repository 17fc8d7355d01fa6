import { convGeometry, poolBackward, validate, type ConvProblem } from '@dlviz/core';
import { expect, test } from 'vitest';
import { routingSoFar } from '../src/routing-so-far.js';
import { cellKey } from '../src/step-marks.js';
import { duke } from './helpers.js';

// Duke: a 4×4 activation map, max-pooled by 2×2 windows at stride 2 into 2×2.
const checked = validate(duke);
const problem = (checked.ok ? checked.value : undefined) as ConvProblem;
const g = convGeometry(problem);

test('only the pooled cells computed so far route their gradient, over the cells their windows cover', () => {
  const { gradient, covered } = routingSoFar(problem, g, [1]);
  const first = [cellKey(0, 0), cellKey(0, 1), cellKey(1, 0), cellKey(1, 1)];
  expect([...covered[0]!].sort((a, b) => a - b)).toEqual(first.sort((a, b) => a - b));
  // The first window routes as it does in the whole routing (to its maximum); nothing else routes yet.
  const whole = poolBackward(problem);
  gradient[0]!.forEach((row, r) =>
    row.forEach((v, c) => expect(v).toBe(r < 2 && c < 2 ? whole[0]![r]![c] : 0)),
  );
  expect(gradient[0]!.flat().reduce((a, b) => a + b)).toBe(1);
});

test('once every pooled cell is computed it is the whole routing; before any, nothing is covered', () => {
  const all = g.pooledHeight * g.pooledWidth;
  const { gradient, covered } = routingSoFar(problem, g, [all]);
  expect(gradient).toEqual(poolBackward(problem));
  expect(covered[0]!.size).toBe(g.outputHeight * g.outputWidth);
  expect(routingSoFar(problem, g, [0]).covered[0]!.size).toBe(0);
});
