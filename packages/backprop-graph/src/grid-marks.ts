import type { CellState } from '@dlviz/ui';

/**
 * One grid's highlighted cells as text ("row,col state;…"). A step changes the marks of one or two
 * grids; comparing this text lets every other grid keep its `highlight` function, so its cells are
 * not drawn again.
 */
export function gridMarks(
  rows: number,
  cols: number,
  markAt: (row: number, col: number) => CellState | undefined,
): string {
  const marks: string[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const mark = markAt(r, c);
      if (mark) marks.push(`${r},${c} ${mark}`);
    }
  return marks.join(';');
}

/** The `highlight` function for a grid's marks text. */
export function highlightOf(marks: string): (row: number, col: number) => CellState | undefined {
  const byCell = new Map<string, CellState>();
  for (const entry of marks ? marks.split(';') : []) {
    const [cell, state] = entry.split(' ');
    byCell.set(cell!, state as CellState);
  }
  return (row, col) => byCell.get(`${row},${col}`);
}
