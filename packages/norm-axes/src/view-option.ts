/**
 * The normalization viewer's `view` option: what is on screen that the problem does not hold, so
 * that a link opens the viewer as it was. Comma-separated parts, each left out at its default:
 * `output`, the block drawing the output values (none: the input); `cell:i`, the cell pinned in the
 * cell panel, by its index in the input read in order, last axis fastest (none: no cell pinned).
 * For example `output,cell:5`.
 */
export interface NormView {
  readonly output: boolean;
  readonly cell?: number;
}

const CELL = /^cell:(\d+)$/;

/**
 * Reads the option; a part it does not understand is left at the default. A cell index is checked
 * against the input by the widget, which holds it.
 */
export function readViewOption(text: string | undefined): NormView {
  let output = false;
  let cell: number | undefined;
  for (const part of (text ?? '').split(',')) {
    const word = part.trim();
    const pinned = CELL.exec(word);
    if (word === 'output') output = true;
    else if (pinned) cell = Number(pinned[1]);
  }
  return { output, ...(cell !== undefined && { cell }) };
}

/** The option for what is on screen, or undefined for the default. */
export function viewOptionText({ output, cell }: NormView): string | undefined {
  const parts: string[] = [];
  if (output) parts.push('output');
  if (cell !== undefined) parts.push(`cell:${cell}`);
  return parts.length > 0 ? parts.join(',') : undefined;
}
