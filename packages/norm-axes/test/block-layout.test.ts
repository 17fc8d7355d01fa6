import { expect, test, vi } from 'vitest';
import { blockGeometry, NUMBER_INSET } from '../src/block-layout.js';

const fit = { width: 640, height: 420 };

test('cells widen to the longest number they show, everything across moving with them', () => {
  const square = blockGeometry('NC', [5, 4], { fit });
  const wide = blockGeometry('NC', [5, 4], { fit, widest: () => '−0.0914' });
  expect(square.cellWidth).toBe(square.cell);
  expect(wide.cell).toBe(square.cell);
  expect(wide.numbers).toBe(true);
  // Seven characters of 0.6 em, and room clear on each side.
  expect(wide.cellWidth).toBe(Math.ceil(7 * 0.6 * wide.fontSize) + 2 * NUMBER_INSET);
  expect(wide.cellWidth).toBeGreaterThan(wide.cell);
  // Column 1 starts one wide cell after column 0; a column's box is one wide cell; heights keep the cell.
  expect(wide.xs[1]! - wide.xs[0]!).toBe(wide.cellWidth);
  expect(wide.width - square.width).toBe(4 * (wide.cellWidth - square.cell));
  const column = wide.box([
    { axis: 'N', from: 0, to: 5 },
    { axis: 'C', from: 2, to: 3 },
  ]);
  expect(column).toMatchObject({ x: wide.xs[2], width: wide.cellWidth, height: 5 * wide.cell });
});

test('a number that fits a square cell leaves it square', () => {
  const geometry = blockGeometry('NC', [5, 4], { fit, widest: () => '1.5' });
  expect(geometry.cellWidth).toBe(geometry.cell);
});

test('where widened cells would not fit the width, they stay square (the number is squeezed instead)', () => {
  const geometry = blockGeometry('NC', [5, 16], { fit, widest: () => '−0.0914' });
  expect(geometry.numbers).toBe(true);
  expect(geometry.cellWidth).toBe(geometry.cell);
  expect(geometry.width).toBeLessThanOrEqual(fit.width);
});

test('cells too small for numbers never ask for the longest one', () => {
  const widest = vi.fn(() => '−0.0914');
  const geometry = blockGeometry('NCHW', [8, 16, 8, 8], { fit, widest });
  expect(geometry.numbers).toBe(false);
  expect(widest).not.toHaveBeenCalled();
  expect(geometry.cellWidth).toBe(geometry.cell);
});
