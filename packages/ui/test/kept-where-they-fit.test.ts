import { expect, test } from 'vitest';
import { keptWhereTheyFit, zeros } from '../src/kept-where-they-fit.js';

test('keptWhereTheyFit works at any rank and never mixes ranks', () => {
  expect(keptWhereTheyFit([[[1]], [[2]]], [[[9, 9]]])).toEqual([[[1, 9]]]);
  expect(keptWhereTheyFit([[1, 2]], [[[9]]])).toEqual([[[9]]]);
});

test('resizing over zeros keeps what still fits and pads the rest with 0', () => {
  expect(
    keptWhereTheyFit(
      [
        [1, 2],
        [3, 4],
      ],
      zeros([3, 1]),
    ),
  ).toEqual([[1], [3], [0]]);
  expect(zeros([2, 0])).toEqual([[], []]);
});
