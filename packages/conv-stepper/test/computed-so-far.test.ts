import { expect, test } from 'vitest';
import { computedSoFar } from '../src/computed-so-far.js';

const map = [
  [1, 2, 3],
  [4, 5, 6],
];

test('cells up to each map’s count keep their values; the rest hold 0', () => {
  expect(computedSoFar([map, map], [4, 0])).toEqual([
    [
      [1, 2, 3],
      [4, 0, 0],
    ],
    [
      [0, 0, 0],
      [0, 0, 0],
    ],
  ]);
});

test('full rows are the very same arrays, so a grid finds them unchanged', () => {
  const [shown] = computedSoFar([map], [6]);
  expect(shown![0]).toBe(map[0]);
  expect(shown![1]).toBe(map[1]);
});

test('maps without a count are all still to come', () => {
  expect(computedSoFar([map], [])).toEqual([
    [
      [0, 0, 0],
      [0, 0, 0],
    ],
  ]);
});
