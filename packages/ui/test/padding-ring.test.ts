import { describe, expect, test } from 'vitest';
import type { ColumnBox } from '../src/cell-views.js';
import { paddingRing, ringCellAt, type RingLayout } from '../src/padding-ring.js';

/** A 2×3 grid of 36 px cells whose middle column is widened to 60 px, padded as asked. */
function layout(padRows: number, padCols: number): RingLayout {
  const columns: ColumnBox[] = [
    { x: 0, width: 36 },
    { x: 36, width: 60 },
    { x: 96, width: 36 },
  ];
  const columnBox = (col: number) =>
    columns[col] ?? { x: col < 0 ? col * 36 : 132 + (col - 3) * 36, width: 36 };
  return { rows: 2, cols: 3, padRows, padCols, pitch: 36, columnBox };
}

const numbers = (list: string) => list.trim().split(' ').map(Number);

describe('paddingRing', () => {
  test('one rect and one zero per padding cell, none over the values', () => {
    const ring = paddingRing(layout(1, 1), () => undefined);
    expect(ring.zeros).toBe('0'.repeat(4 * 5 - 6));
    expect(ring.outline.match(/M/g)).toHaveLength(14);
    // The top row runs across the widened column; the values' rows have a zero at each end only.
    expect(numbers(ring.xs).slice(0, 5)).toEqual([-18, 18, 66, 114, 150]);
    expect(numbers(ring.ys).slice(0, 5)).toEqual([-18, -18, -18, -18, -18]);
    expect(numbers(ring.xs).slice(5, 7)).toEqual([-18, 150]);
    expect(numbers(ring.ys).slice(5, 7)).toEqual([18, 18]);
    // Each rect is inset a pixel, as a cell's own rect is: the widened column's is 58 px wide.
    expect(ring.outline).toContain('M37 -35h58v34h-58z');
    expect(ring.marked).toEqual([]);
  });

  test('marked cells are drawn one by one, over the ring or, faded, instead of it', () => {
    const ring = paddingRing(layout(1, 1), (row, col) =>
      row !== -1 || col < 0 || col > 1 ? undefined : col === 0 ? 'over' : 'instead',
    );
    expect(ring.marked).toEqual([
      { row: -1, col: 0 },
      { row: -1, col: 1 },
    ]);
    // The cell drawn over keeps its place in the ring; the one drawn instead leaves it.
    expect(ring.zeros).toHaveLength(13);
    expect(ring.outline).toContain('M1 -35h34v34h-34z');
    expect(ring.outline).not.toContain('M37 -35');
  });

  test('padding on one axis draws that axis only; none draws nothing', () => {
    const columnsOnly = paddingRing(layout(0, 2), () => undefined);
    expect(columnsOnly.zeros).toHaveLength(2 * 4);
    expect(new Set(numbers(columnsOnly.ys))).toEqual(new Set([18, 54]));
    expect(paddingRing(layout(1, 0), () => undefined).zeros).toHaveLength(2 * 3);
    expect(paddingRing(layout(0, 0), () => undefined)).toEqual({
      marked: [],
      outline: '',
      xs: '',
      ys: '',
      zeros: '',
    });
  });
});

describe('ringCellAt', () => {
  test('finds the padding cell at a point, across widened columns and on every side', () => {
    const at = (x: number, y: number) => ringCellAt(layout(2, 2), x, y);
    expect(at(-1, -1)).toEqual({ row: -1, col: -1 });
    expect(at(-40, -40)).toEqual({ row: -2, col: -2 });
    expect(at(40, -10)).toEqual({ row: -1, col: 1 });
    expect(at(95, -10)).toEqual({ row: -1, col: 1 });
    expect(at(96, -10)).toEqual({ row: -1, col: 2 });
    expect(at(133, 20)).toEqual({ row: 0, col: 3 });
    expect(at(170, 80)).toEqual({ row: 2, col: 4 });
  });
});
