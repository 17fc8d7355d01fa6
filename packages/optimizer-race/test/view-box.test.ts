import type { ViewBox } from '@dlviz/core';
import { expect, test } from 'vitest';
import { panned, sameView, sideFault, usableView, zoomed } from '../src/view-box.js';

test('zooming out and in again is the same view but for rounding; a real move is not', () => {
  const fitted: ViewBox = [-5, 5, -3, 3];
  const back = zoomed(zoomed(fitted, 1 / 0.7), 0.7);
  expect(back).not.toEqual(fitted);
  expect(sameView(back, fitted)).toBe(true);
  expect(sameView(panned(fitted, 1e-6, 0), fitted)).toBe(false);
  expect(sameView(zoomed(fitted, 0.7), fitted)).toBe(false);
});

test('a side is too narrow at or below what doubles tell apart, too wide from 10¹², and faulty when not finite', () => {
  expect(sideFault(-1, 3)).toBeUndefined();
  expect(sideFault(3, 3)).toBe('narrow');
  expect(sideFault(3, -1)).toBe('narrow');
  expect(sideFault(1e6, 1e6 + 1e-4)).toBe('narrow');
  expect(sideFault(1e6, 1e6 + 1e-2)).toBeUndefined();
  expect(sideFault(-1, 1e12 - 2)).toBeUndefined();
  expect(sideFault(-1, 1e12 - 1)).toBe('wide');
  for (const [lo, hi] of [
    [NaN, 1],
    [0, NaN],
    [0, Infinity],
    [-Infinity, 0],
  ])
    expect(sideFault(lo!, hi!)).toBeDefined();
  expect(usableView([-1, 3, -2, 2])).toBe(true);
  expect(usableView([-1, 3, 2, 2])).toBe(false);
});
