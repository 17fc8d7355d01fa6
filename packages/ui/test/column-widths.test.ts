import { expect, test } from 'vitest';
import { columnWidths } from '../src/column-widths.js';
import { cellText } from '../src/cell-text.js';
import { monoWidth } from '../src/squeezed-length.js';

test('a column is a cell edge wide unless one of its numbers needs more, then as wide as that number', () => {
  // 13 px monospace: "−0.0914" is 7 characters, 54.6 px, plus 5 px clear on each side; "−1.5", 42.
  expect(
    columnWidths(
      [
        [1, -0.0914, 2],
        [3, 4, -1.5],
      ],
      3,
      36,
      13,
    ),
  ).toEqual([36, 65, 42]);
  // The widest number of a column sets it, whichever row it is in.
  expect(columnWidths([[0.5], [123456789], [-2]], 3, 36, 13)).toEqual([81]);
});

test('a column grows to three cell edges at most, where the longest numbers three digits write still fit', () => {
  const widest = cellText(-1.24e-210, 3);
  expect(widest).toBe('−1.24×10⁻²¹⁰');
  const [width] = columnWidths([[-1.24e-210]], 3, 36, 13);
  expect(width).toBeLessThanOrEqual(3 * 36);
  expect(monoWidth(widest, 13) + 10).toBeLessThanOrEqual(width!);
  expect(columnWidths([[-1.125e-210]], 3, 36, 13)).toEqual([108]);
});

test('a grid with no columns has no widths', () => {
  expect(columnWidths([], 3, 36, 13)).toEqual([]);
  expect(columnWidths([[]], 3, 36, 13)).toEqual([]);
});
