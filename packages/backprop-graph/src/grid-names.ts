import { formatText } from '@dlviz/core';
import type { CellState, GridCell } from '@dlviz/ui';

/** What a grid cell's marks mean here, in the legend's words (the shared ones speak of a conv window). */
const STATE_WORDS: Partial<Record<CellState, string>> = {
  window: 'read by this step',
  active: "this step's result",
  influenced: 'on a chain-rule path',
};

/**
 * A parameter grid's spoken cell names, in the notation the narration and the drawing use
 * (`W[0][1][0]: 0.5, read by this step`), not a grid's generic row and column counted from 1.
 */
export function cellNames(name: (cell: GridCell) => string) {
  return (cell: GridCell, states: readonly CellState[]): string => {
    const words = states.flatMap((s) => STATE_WORDS[s] ?? []);
    return `${name(cell)}: ${formatText(cell.value)}${words.length ? ` (${words.join(', ')})` : ''}`;
  };
}
