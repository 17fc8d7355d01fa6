import type { CellState } from '@dlviz/ui';
import { cellKey } from './step-marks.js';

/**
 * The states a cell can be in, in the order their words are read out. A cell's states are held as a
 * mask with bit i set for STATE_ORDER[i].
 */
const STATE_ORDER: readonly CellState[] = ['padding', 'muted', 'influenced', 'window', 'argmax', 'active'];
export const PADDING = 1;
export const MUTED = 2;
export const INFLUENCED = 4;
export const WINDOW = 8;
export const ARGMAX = 16;
export const ACTIVE = 32;

/** One shared list per mask: MatrixGrid redraws a cell only when its list is a different value. */
const lists = Array.from({ length: 64 }, (_, mask) =>
  Object.freeze(STATE_ORDER.filter((_, bit) => mask & (1 << bit))),
);

/** The states of a mask, as MatrixGrid's `highlight` answers them. */
export const statesOf = (mask: number): readonly CellState[] => lists[mask]!;

/**
 * One cell's mask, with a signal that it has been replaced. Each signal is written once: Svelte's dev
 * build records a stack trace for every write to a signal that effects have written five times
 * before (and a painted cell is written many times), which would cost more than the drawing.
 */
class Mask {
  readonly value: number;
  #replaced = $state(false);

  constructor(value: number) {
    this.value = value;
  }

  /** The mask, read as a dependency: the reader runs again when the cell is given a new mask. */
  read(): number {
    void this.#replaced;
    return this.value;
  }

  replace(): void {
    this.#replaced = true;
  }
}

/**
 * The highlight states of a family of drawn maps (the input channels, or one map per filter), one
 * signal per cell. A step touches a handful of cells out of thousands; painting a new picture
 * notifies only the cells whose states changed, so the rest of the drawing is not even looked at.
 * The states outlive the problem: after a change of sizes or padding the same cells are painted
 * again, so each grid keeps its `highlight` and only cells whose states differ are drawn anew.
 */
export class MapStates {
  /** Per map, its cells' masks by `cellKey` (padding rings at negative rows and columns). */
  readonly #maps: Map<number, Mask>[] = [];
  readonly #highlights: ((row: number, column: number) => readonly CellState[])[] = [];

  /** Map `index`'s states as MatrixGrid's `highlight`: the same function for as long as the widget lives. */
  highlight(index: number): (row: number, column: number) => readonly CellState[] {
    return (this.#highlights[index] ??= (row, column) =>
      statesOf(this.#maps[index]?.get(cellKey(row, column))?.read() ?? 0));
  }

  /**
   * Gives every cell of map `index`, its padding rows and columns included, the mask `maskAt` says;
   * only cells whose mask changes are written. Runs before the grids draw (`$effect.pre`), so every
   * cell a grid reads has its signal.
   */
  paint(
    index: number,
    rows: number,
    columns: number,
    maskAt: (row: number, column: number) => number,
    [padRows, padColumns]: readonly [number, number] = [0, 0],
  ): void {
    // A plain Map: each cell's Mask carries its own signal, so the Map is never read reactively.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const masks = (this.#maps[index] ??= new Map());
    for (let row = -padRows; row < rows + padRows; row++) {
      for (let column = -padColumns; column < columns + padColumns; column++) {
        const mask = maskAt(row, column);
        const key = cellKey(row, column);
        const cell = masks.get(key);
        if (cell?.value === mask) continue;
        cell?.replace();
        masks.set(key, new Mask(mask));
      }
    }
  }
}
