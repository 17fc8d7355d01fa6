import type { CellState } from '@dlviz/ui';

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
 * The highlight states of one drawn map (its padding ring included), one reactive entry per cell.
 * A step touches a handful of cells out of thousands; painting a new picture notifies only the
 * cells whose states changed, so the rest of the drawing is not even looked at.
 */
export class CellStates {
  readonly #rows: number;
  readonly #columns: number;
  readonly #ring: number;
  /** What was painted last, to compare with without subscribing to anything. */
  readonly #painted: Uint8Array;
  #reactive = $state<number[]>([]);

  constructor(rows: number, columns: number, ring = 0) {
    this.#rows = rows;
    this.#columns = columns;
    this.#ring = ring;
    const size = (rows + 2 * ring) * (columns + 2 * ring);
    this.#painted = new Uint8Array(size);
    this.#reactive = new Array<number>(size).fill(0);
  }

  #index(row: number, column: number): number {
    return (row + this.#ring) * (this.#columns + 2 * this.#ring) + column + this.#ring;
  }

  /** A cell's states, in MatrixGrid's coordinates (the padding ring at negative rows and columns). */
  readonly at = (row: number, column: number): readonly CellState[] =>
    statesOf(this.#reactive[this.#index(row, column)] ?? 0);

  /** Gives every cell the mask `maskAt` says; only cells whose mask changes are written. */
  paint(maskAt: (row: number, column: number) => number): void {
    const ring = this.#ring;
    for (let row = -ring; row < this.#rows + ring; row++) {
      for (let column = -ring; column < this.#columns + ring; column++) {
        const mask = maskAt(row, column);
        const index = this.#index(row, column);
        if (this.#painted[index] === mask) continue;
        this.#painted[index] = mask;
        this.#reactive[index] = mask;
      }
    }
  }
}
