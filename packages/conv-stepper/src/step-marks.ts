import type { ConvStep } from '@dlviz/core';

/**
 * A cell of one grid, as a set or map key: row and column packed into one number (padding rings
 * have negative coordinates, hence the offset). Drawing thousands of cells per step looks keys up
 * for each; numbers need no string built per lookup.
 */
export const cellKey = (row: number, column: number): number => (row + 1024) * 4096 + column + 1024;

/** Where the current step shows up in the drawing, read off the core's step. */
export interface StepMarks {
  /** The filter the step belongs to (its kernel slices are the ones in use). */
  filter: number;
  /** Input cells in the step, per input channel: a window's taps, or the scattering cell. */
  input: Map<number, Set<number>>;
  /** The scattering input cell of a transposed step, drawn as the current cell. */
  inputActive: { channel: number; key: number } | undefined;
  /**
   * Kernel cells a transposed output cell's products used, per kernel channel (slice); undefined
   * where a step uses its filter's slices whole (a window, a scatter).
   */
  kernel: Map<number, Set<number>> | undefined;
  /** The output cell being computed (pre-activation and activation maps). */
  output: number | undefined;
  /** Output cells a transposed input cell adds into. */
  targets: Set<number>;
  /** Pooling: the window over the activation map, its maximum, and the pooled cell. */
  poolWindow: Set<number>;
  argmax: number | undefined;
  pooled: number | undefined;
}

function channelCells(entries: Iterable<[number, number]>): Map<number, Set<number>> {
  const cells = new Map<number, Set<number>>();
  for (const [channel, key] of entries) {
    let set = cells.get(channel);
    if (!set) cells.set(channel, (set = new Set()));
    set.add(key);
  }
  return cells;
}

export function stepMarks(step: ConvStep): StepMarks {
  const marks: StepMarks = {
    filter: step.filter,
    input: new Map(),
    inputActive: undefined,
    kernel: undefined,
    output: undefined,
    targets: new Set(),
    poolWindow: new Set(),
    argmax: undefined,
    pooled: undefined,
  };
  switch (step.kind) {
    case 'window':
      marks.output = cellKey(step.row, step.column);
      marks.input = channelCells(
        step.channels.flatMap((w) =>
          w.taps.map((t): [number, number] => [w.channel, cellKey(t.inputRow, t.inputColumn)]),
        ),
      );
      break;
    case 'collect':
      marks.output = cellKey(step.row, step.column);
      marks.input = channelCells(
        step.contributions.map((c): [number, number] => [c.channel, cellKey(c.inputRow, c.inputColumn)]),
      );
      marks.kernel = channelCells(
        step.contributions.map((c): [number, number] => [
          c.kernelChannel,
          cellKey(c.kernelRow, c.kernelColumn),
        ]),
      );
      break;
    case 'scatter':
      marks.inputActive = { channel: step.channel, key: cellKey(step.row, step.column) };
      // Cropped targets too: they light up on the canvas border the padding crops.
      for (const t of step.targets) marks.targets.add(cellKey(t.outputRow, t.outputColumn));
      break;
    case 'pool':
      marks.pooled = cellKey(step.row, step.column);
      for (const c of step.cells) marks.poolWindow.add(cellKey(c.row, c.column));
      marks.argmax = step.argmax && cellKey(step.argmax[0], step.argmax[1]);
      break;
  }
  return marks;
}

/** Cells by filter, e.g. the outputs an input cell influences (core's `influencedOutputs`). */
export function cellsByFilter(
  cells: readonly { filter: number; row: number; column: number }[],
): Map<number, Set<number>> {
  const byFilter = new Map<number, Set<number>>();
  for (const cell of cells) {
    let set = byFilter.get(cell.filter);
    if (!set) byFilter.set(cell.filter, (set = new Set()));
    set.add(cellKey(cell.row, cell.column));
  }
  return byFilter;
}
