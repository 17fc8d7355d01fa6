import { expect, test } from 'vitest';
import { cellNames } from '../src/grid-names.js';

test('a grid cell is named as the narration names it, with its marks in the legend’s words', () => {
  const weight = cellNames((cell) => `W[0][${cell.row}][${cell.col}]`);
  expect(weight({ row: 1, col: 0, value: 0.5 }, ['window'])).toBe('W[0][1][0]: 0.5 (read by this step)');
  expect(weight({ row: 0, col: 2, value: -1 }, [])).toBe('W[0][0][2]: −1');
  expect(weight({ row: 0, col: 0, value: 2 }, ['active', 'influenced'])).toBe(
    "W[0][0][0]: 2 (this step's result, on a chain-rule path)",
  );
});
