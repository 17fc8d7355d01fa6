import type { ColumnBox } from './cell-views.js';
import type { CellPosition } from './grid-navigation.js';

/** How a grid lays out its cells: what the padding ring is drawn and hit-tested with. */
export interface RingLayout {
  readonly rows: number;
  readonly cols: number;
  /** Padding rows above and below, and columns on each side. */
  readonly padRows: number;
  readonly padCols: number;
  /** A row's height, and a padding column's width. */
  readonly pitch: number;
  /** A value column's box; columns outside 0..cols−1 are padding. */
  readonly columnBox: (col: number) => ColumnBox;
}

/**
 * How a padding cell a step marks is drawn, besides as a cell of its own: over the ring, whose cell
 * its fill hides, or instead of it, where the ring's cell would show through (a faded cell).
 */
export type Marked = 'over' | 'instead';

/**
 * The padding ring as it is drawn: one outline (a rect per cell) and one text of zeros placed glyph
 * by glyph, and the cells a step marks, drawn one by one like value cells. A 16×16 input's ring is
 * 68 cells a channel: as elements of their own, growing the padding of an 8-channel input created
 * hundreds and made the redraw slow. Marked cells are drawn over the ring where they can, so that a
 * window sliding along it leaves the ring as it was.
 */
export interface PaddingRing {
  readonly marked: readonly CellPosition[];
  /** SVG path data: each ring cell's rect, inset by a pixel as a cell's rect is. */
  readonly outline: string;
  /** Each zero's centre, as the x and y lists of one text element. */
  readonly xs: string;
  readonly ys: string;
  readonly zeros: string;
}

/** The ring of a grid, values-relative, with `marked` telling how a padding cell a step marks is drawn. */
export function paddingRing(
  layout: RingLayout,
  marked: (row: number, col: number) => Marked | undefined,
): PaddingRing {
  const { rows, cols, padRows, padCols, pitch, columnBox } = layout;
  const apart: CellPosition[] = [];
  let outline = '';
  let xs = '';
  let ys = '';
  let zeros = '';
  for (let row = -padRows; row < rows + padRows; row++) {
    const inValues = row >= 0 && row < rows;
    for (let col = -padCols; col < cols + padCols; col++) {
      // A values row has padding only at its ends.
      if (inValues && col === 0) col = cols;
      if (col >= cols + padCols) break;
      const how = marked(row, col);
      if (how) apart.push({ row, col });
      if (how === 'instead') continue;
      const { x, width } = columnBox(col);
      const y = row * pitch;
      outline += `M${x + 1} ${y + 1}h${width - 2}v${pitch - 2}h${2 - width}z`;
      xs += `${x + width / 2} `;
      ys += `${y + pitch / 2} `;
      zeros += '0';
    }
  }
  return { marked: apart, outline, xs, ys, zeros };
}

/**
 * The padding cell at a point, in px from the values' first cell; the point is on the ring's
 * outline, so it is in the ring.
 */
export function ringCellAt(layout: RingLayout, x: number, y: number): CellPosition {
  const { padCols, pitch, columnBox } = layout;
  // Columns in order, the padding's too: the first that ends past x.
  let col = -padCols;
  while (x >= columnBox(col).x + columnBox(col).width) col++;
  return { row: Math.floor(y / pitch), col };
}
