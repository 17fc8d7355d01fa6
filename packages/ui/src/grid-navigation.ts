export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** A cell and the number in it, as the grid's callbacks receive it. */
export interface GridCell extends CellPosition {
  readonly value: number;
}

/**
 * Where a key moves focus in a rows×cols grid (the ARIA grid pattern): arrows by one, Home/End to
 * the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown to the column's ends.
 * Returns undefined for keys the grid does not use.
 */
export function moveInGrid(
  from: CellPosition,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): CellPosition | undefined {
  const clampRow = (r: number) => Math.min(Math.max(r, 0), rows - 1);
  const clampCol = (c: number) => Math.min(Math.max(c, 0), cols - 1);
  switch (key) {
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: from.row, col: cols - 1 };
    case 'PageUp':
      return { row: 0, col: from.col };
    case 'PageDown':
      return { row: rows - 1, col: from.col };
    default:
      return undefined;
  }
}
