import { expect, test } from 'vitest';
import { statText } from '../src/stat-text.js';

const row = { count: 4, min: -1.5, q1: -0.5, median: 0, q3: 0.5, max: 1.2, mean: -0.224, std: 1.0000003 };

test("a row's mean and standard deviation to two digits", () => {
  expect(statText(row)).toBe('μ −0.22 σ 1');
  expect(statText({ ...row, mean: 1e-9, std: 0.00123 })).toBe('μ 10⁻⁹ σ 0.0012');
});

test("a statistic that is float64 noise beside the row's values reads 0", () => {
  expect(statText({ ...row, mean: -3.3e-17 })).toBe('μ 0 σ 1');
  expect(statText({ ...row, mean: 4.4e-17, std: 2e-17 })).toBe('μ 0 σ 0');
});

test('a small statistic of values as small is data, not noise', () => {
  expect(statText({ ...row, min: -3e-15, max: 2e-15, mean: -3.3e-17, std: 1e-15 })).toBe(
    'μ −3.3×10⁻¹⁷ σ 10⁻¹⁵',
  );
});
