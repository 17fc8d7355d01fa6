import { formatText } from '@dlviz/core';
import { expect, test } from 'vitest';
import { sideDigits } from '../src/side-digits.js';

const written = (side: number, lo: number, hi: number) => formatText(side, sideDigits(side, lo, hi));

test('a side as short as a typed one is written in full', () => {
  expect(written(-4.9, -4.9, 5)).toBe('−4.9');
  expect(written(1.23456, 1.23456, 2)).toBe('1.23456');
  expect(written(-0.000125, -0.000125, 0.5)).toBe('−0.000125');
});

test('a computed side is written to a thousandth of its axis, or a little finer', () => {
  // Zoomed about the pointer: 16 digits, of which 4 tell the view apart.
  expect(written(-14.577318640000001, -14.577318640000001, 14.57)).toBe('−14.58');
  expect(written(14.570000000000002, -14.577318640000001, 14.570000000000002)).toBe('14.57');
  // Deep in a zoom, as many digits as the narrow span needs.
  expect(written(1.0000123456789, 1.0000123456789, 1.0001123456789)).toBe('1.00001235');
  expect(written(0.30000000000000004, 0.30000000000000004, 3)).toBe('0.3');
});
