/**
 * The normalization viewer's `view` option: what is on screen that the problem does not hold, so
 * that a link opens the viewer as it was. Comma-separated parts, each left out at its default:
 * `output`, the block drawing the output values (none: the input); `cell:i`, the cell pinned in the
 * cell panel, by its index in the input read in order, last axis fastest (none: no cell pinned);
 * `by:channel` or `by:example`, how the before-and-after plots group the values (none: as the
 * type does, per channel for batch and instance norm, per example for the others).
 * For example `output,cell:5,by:example`.
 */
export interface NormView {
  readonly output: boolean;
  readonly cell?: number;
  readonly by?: PlotGrouping;
}

export type PlotGrouping = 'channel' | 'example';

const CELL = /^cell:(\d+)$/;
const BY = /^by:(channel|example)$/;

/**
 * Reads the option; a part it does not understand is left at the default. A cell index is checked
 * against the input by the widget, which holds it.
 */
export function readViewOption(text: string | undefined): NormView {
  let output = false;
  let cell: number | undefined;
  let by: PlotGrouping | undefined;
  for (const part of (text ?? '').split(',')) {
    const word = part.trim();
    const pinned = CELL.exec(word);
    const grouping = BY.exec(word);
    if (word === 'output') output = true;
    else if (pinned) cell = Number(pinned[1]);
    else if (grouping) by = grouping[1] as PlotGrouping;
  }
  return { output, ...(cell !== undefined && { cell }), ...(by && { by }) };
}

/** The option for what is on screen, or undefined for the default. */
export function viewOptionText({ output, cell, by }: NormView): string | undefined {
  const parts: string[] = [];
  if (output) parts.push('output');
  if (cell !== undefined) parts.push(`cell:${cell}`);
  if (by) parts.push(`by:${by}`);
  return parts.length > 0 ? parts.join(',') : undefined;
}
