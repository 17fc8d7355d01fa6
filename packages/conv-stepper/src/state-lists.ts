import type { CellState } from '@dlviz/ui';

const lists = new Map<string, readonly CellState[]>();

/**
 * One shared array per combination of cell states. MatrixGrid recomputes a cell's look, name and
 * attributes only when its states are a different value; handing back the same array for the same
 * states keeps a step change from redrawing the thousands of cells it does not touch.
 */
export function stateList(...states: CellState[]): readonly CellState[] {
  const key = states.join(' ');
  let list = lists.get(key);
  if (!list) lists.set(key, (list = Object.freeze(states)));
  return list;
}
