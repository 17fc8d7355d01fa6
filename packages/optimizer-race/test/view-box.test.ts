import type { ViewBox } from '@dlviz/core';
import { expect, test } from 'vitest';
import { panned, sameView, zoomed } from '../src/view-box.js';

test('zooming out and in again is the same view but for rounding; a real move is not', () => {
  const fitted: ViewBox = [-5, 5, -3, 3];
  const back = zoomed(zoomed(fitted, 1 / 0.7), 0.7);
  expect(back).not.toEqual(fitted);
  expect(sameView(back, fitted)).toBe(true);
  expect(sameView(panned(fitted, 1e-6, 0), fitted)).toBe(false);
  expect(sameView(zoomed(fitted, 0.7), fitted)).toBe(false);
});
