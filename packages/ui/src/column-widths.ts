import { cellText } from './cell-text.js';
import { monoWidth } from './squeezed-length.js';

/**
 * Room a cell keeps clear on each side of its number: the current cell's 3.5 px border reaches
 * 2.75 px into the cell, and a bold "−0.1" any closer touched it.
 */
export const CELL_INSET = 5;

/** The widest a column grows, in cell edges; a number wider still is squeezed to fit it. */
const WIDEST = 3;

/**
 * Each column's width in px: the cell edge, or as wide as its widest number needs, as a
 * spreadsheet widens a column, so 123456789 or 1.24×10⁻²¹⁰ reads at full size rather than squeezed
 * into a square. Up to three cell edges: a grid's columns stay comparable, and at a 36 px cell's
 * font that holds twelve characters, −1.24×10⁻²¹⁰ among them.
 */
export function columnWidths(
  values: readonly (readonly number[])[],
  digits: number,
  cellSize: number,
  fontSize: number,
): number[] {
  const widths = Array.from({ length: values[0]?.length ?? 0 }, () => cellSize);
  for (const row of values)
    row.forEach((value, c) => {
      const needed = Math.ceil(monoWidth(cellText(value, digits), fontSize)) + 2 * CELL_INSET;
      if (needed > widths[c]!) widths[c] = Math.min(needed, WIDEST * cellSize);
    });
  return widths;
}
