import { formatText } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { tickDigits } from '../src/tick-digits.js';

const written = (ticks: number[], least: number) => ticks.map((v) => formatText(v, tickDigits(ticks, least)));

describe('tickDigits', () => {
  test('writes neighbouring ticks apart', () => {
    expect(written([0.9, 0.95, 1, 1.05, 1.1], 2)).toEqual(['0.9', '0.95', '1', '1.05', '1.1']);
    expect(written([0.09, 0.095, 0.1, 0.105, 0.11], 2)).toEqual(['0.09', '0.095', '0.1', '0.105', '0.11']);
    expect(written([10, 10.01, 10.02], 3)).toEqual(['10', '10.01', '10.02']);
    expect(written([-2000, -1000, 0, 1000], 2)).toEqual(['−2000', '−1000', '0', '1000']);
  });

  test('keeps the least number of digits where it is enough, or where there is no step', () => {
    expect(tickDigits([0, 0.5, 1], 2)).toBe(2);
    expect(tickDigits([0, 5, 10, 15, 20], 2)).toBe(2);
    expect(tickDigits([3], 3)).toBe(3);
    expect(tickDigits([0, 0], 3)).toBe(3);
  });
});
