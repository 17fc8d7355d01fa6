import { expect, test } from 'vitest';
import { poolDigits } from '../src/pool-digits.js';

const pool = (map: number[][], pooled: number[][], digits = 3) =>
  poolDigits([map], [pooled], [2, 2], [2, 2], digits);

test('numbers that read apart at the grids’ digits keep them', () => {
  expect(
    pool(
      [
        [0.5, 0.731],
        [1, 2],
      ],
      [[2]],
    ),
  ).toBe(3);
});

test('a window whose maximum reads like another of its numbers gets the digits that tell them apart', () => {
  // Sigmoids of 8.5 and 8: both "1" at three digits, 0.9998 and 0.9997 at four.
  expect(
    pool(
      [
        [0.999797, 0.999665],
        [0.5, 0.731],
      ],
      [[0.999797]],
    ),
  ).toBe(4);
  expect(
    pool(
      [
        [1.234567, 1.234561],
        [0, 0],
      ],
      [[1.234567]],
    ),
  ).toBe(6);
});

test('ties read alike, as they are equal; numbers equal to six digits stop there', () => {
  expect(
    pool(
      [
        [2, 2],
        [1, 0],
      ],
      [[2]],
    ),
  ).toBe(3);
  expect(
    pool(
      [
        [1 + 1e-12, 1],
        [0, 0],
      ],
      [[1 + 1e-12]],
    ),
  ).toBe(6);
});

test('every window of every map is looked at, with the pool’s size and stride', () => {
  const map = [
    [0, 1, 5, 4.99999],
    [0, 0, 0, 0],
  ];
  expect(poolDigits([map, map], [[[1, 5]], [[1, 5]]], [2, 2], [2, 2], 3)).toBe(5);
  // A 1×2 window holds 5 and 4.99999 side by side.
  expect(
    poolDigits(
      [map],
      [
        [
          [1, 5],
          [0, 0],
        ],
      ],
      [1, 2],
      [1, 2],
      3,
    ),
  ).toBe(5);
  // A 2×1 window reads 5 with the 0 under it, apart from 4.99999.
  expect(poolDigits([map], [[[0, 1, 5, 4.99999]]], [2, 1], [2, 1], 3)).toBe(3);
});
