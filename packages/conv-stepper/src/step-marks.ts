import type { ConvStep } from '@dlviz/core';

/** A cell of one grid, as a map key. */
export const cellKey = (row: number, column: number): string => `${row},${column}`;

/** Where the current step shows up in the drawing, read off the core's step. */
export interface StepMarks {
  /** The filter the step belongs to (its kernel slices are the ones in use). */
  filter: number;
  /** Input cells in the step, per input channel: a window's taps, or the scattering cell. */
  input: Map<number, Set<string>>;
  /** The scattering input cell of a transposed step, drawn as the current cell. */
  inputActive: { channel: number; key: string } | undefined;
  /** The output cell being computed (pre-activation and activation maps). */
  output: string | undefined;
  /** Output cells a transposed input cell adds into. */
  targets: Set<string>;
  /** Pooling: the window over the activation map, its maximum, and the pooled cell. */
  poolWindow: Set<string>;
  argmax: string | undefined;
  pooled: string | undefined;
}

function channelCells(entries: Iterable<[number, string]>): Map<number, Set<string>> {
  const cells = new Map<number, Set<string>>();
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
          w.taps.map((t): [number, string] => [w.channel, cellKey(t.inputRow, t.inputColumn)]),
        ),
      );
      break;
    case 'collect':
      marks.output = cellKey(step.row, step.column);
      marks.input = channelCells(
        step.contributions.map((c): [number, string] => [c.channel, cellKey(c.inputRow, c.inputColumn)]),
      );
      break;
    case 'scatter':
      marks.inputActive = { channel: step.channel, key: cellKey(step.row, step.column) };
      for (const t of step.targets) if (!t.cropped) marks.targets.add(cellKey(t.outputRow, t.outputColumn));
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
): Map<number, Set<string>> {
  const byFilter = new Map<number, Set<string>>();
  for (const cell of cells) {
    let set = byFilter.get(cell.filter);
    if (!set) byFilter.set(cell.filter, (set = new Set()));
    set.add(cellKey(cell.row, cell.column));
  }
  return byFilter;
}
