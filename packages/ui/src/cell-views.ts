import { formatNumber, formatText } from '@dlviz/core';
import { cellLook, cellStateWords, statesOf, type CellLook, type CellState } from './cell-look.js';
import type { GridCell } from './grid-navigation.js';
import { sameItems } from './same-items.js';
import { cellText } from './cell-text.js';
import { CELL_INSET } from './column-widths.js';
import { squeezedLength } from './squeezed-length.js';

/**
 * A cell's name holding the number the cell shows, as WCAG's "label in name" asks (speech input
 * users say what they see): a name with more digits than the cell shows gives the shown number
 * first, then the name's own, "W[0][0][0]: −0.309 (exactly −0.30873)"; "more precisely" where the
 * name's six digits round the value too (123456.789 is not exactly 123457).
 */
export function withShownNumber(name: string, shown: string, value: number): string {
  // A whole word of the name, as axe checks it: "0.68" is not in "0.680191".
  if (!name || name.split(/[\s,:;()]+/).includes(shown)) return name;
  const named = formatText(value);
  const how = Number(formatNumber(value)) === value ? 'exactly' : 'more precisely';
  return name.includes(named)
    ? name.replace(named, `${shown} (${how} ${named})`)
    : `${name}, shown as ${shown}`;
}

/** What every cell of one grid is drawn and named with, besides its own value and states. */
export interface CellViewSettings {
  readonly fontSize: number;
  /** Significant digits of the numbers drawn. */
  readonly digits: number;
  readonly rowLabels?: readonly string[];
  readonly colLabels?: readonly string[];
  readonly describe?: (cell: GridCell, states: readonly CellState[]) => string;
}

/** A cell's key among the views: its row and column as one number. */
const cellIndex = (row: number, col: number): number => row * 4096 + col;

/** Where a cell's column is drawn: its start from the values' first column, and its width, in px. */
export interface ColumnBox {
  readonly x: number;
  readonly width: number;
}

/** Everything one cell shows and says. */
export interface CellView {
  readonly value: number;
  readonly states: readonly CellState[];
  readonly look: CellLook;
  /** Whether 'active' is among the states: the cell is aria-selected. */
  readonly active: boolean;
  /** In the window or current: what a step is about, which a region that scrolls keeps in sight. */
  readonly marked: boolean;
  readonly text: string;
  /** Where the cell's column starts, in px from the values' first column. */
  readonly x: number;
  /** The cell's width in px: its column's (see columnWidths). */
  readonly width: number;
  /** Set when the text is too wide even for its column, which then squeezes it to fit. */
  readonly textLength: number | undefined;
  /** The spoken name. */
  readonly name: string;
  /** The name as `describe` (or the default) gave it, before the shown number was added. */
  readonly given: string;
  /** The one cell of the grid in the tab order (the roving tabindex). */
  readonly tabbable: boolean;
}

/**
 * The views of one grid's cells under one set of settings. A cell whose value, states, name and
 * tab stop are what they were gets the very same view object back, so Svelte finds nothing changed
 * and redraws nothing: a new `highlight` function, or new arrays holding mostly the same numbers,
 * costs one comparison per cell. New settings mean a new CellViews, and every cell is drawn anew.
 * The grid's shape is not a setting: a grid that grows or shrinks keeps the views of the cells it
 * still has.
 */
export class CellViews {
  readonly #settings: CellViewSettings;
  /** The last view of each cell, by `cellIndex`. */
  readonly #views = new Map<number, CellView>();

  constructor(settings: CellViewSettings) {
    this.#settings = settings;
  }

  /**
   * A cell's view, given its value, `highlight`'s answer for it, whether it is the tab stop, and
   * its column. The cell's place is in its view, so a cell whose column did not move is left alone
   * when others do.
   */
  at(
    row: number,
    col: number,
    value: number,
    highlighted: CellState | readonly CellState[] | undefined,
    tabbable: boolean,
    column: ColumnBox,
  ): CellView {
    const { x, width } = column;
    const states = statesOf(highlighted);
    const index = cellIndex(row, col);
    const last = this.#views.get(index);
    const sameValue = last !== undefined && last.value === value;
    const sameStates = last !== undefined && sameItems(last.states, states);
    const text = sameValue ? last.text : cellText(value, this.#settings.digits);
    // `describe` is asked every time: it may read reactive state (a step's details) that the cell's
    // name must follow. The default name depends only on the value and states, so an unchanged
    // cell keeps its name, the shown number already in it; so does a cell `describe` names as before.
    const given =
      sameValue && sameStates && !this.#settings.describe
        ? last.given
        : this.nameOf({ row, col, value }, states);
    const name = sameValue && given === last.given ? last.name : withShownNumber(given, text, value);
    const sameWidth = sameValue && last.width === width;
    const samePlace = sameWidth && last.x === x;
    if (samePlace && sameStates && last.tabbable === tabbable && last.name === name) return last;
    const view: CellView = {
      value,
      states: sameStates ? last.states : states,
      look: sameStates ? last.look : cellLook(states),
      active: states.includes('active'),
      marked: states.includes('active') || states.includes('window'),
      text,
      x,
      width,
      textLength: sameWidth
        ? last.textLength
        : squeezedLength(text, this.#settings.fontSize, width - 2 * CELL_INSET),
      name,
      given,
      tabbable,
    };
    this.#views.set(index, view);
    return view;
  }

  /** A cell's spoken name: `describe`'s, or its position, value and states. */
  nameOf(cell: GridCell, states: readonly CellState[]): string {
    const { rowLabels, colLabels, describe } = this.#settings;
    if (describe) return describe(cell, states);
    // Counted from 0, as every widget's narration and worked answer count rows and columns.
    const rowName = rowLabels?.[cell.row] ?? `Row ${cell.row}`;
    const colName = colLabels?.[cell.col] ?? `column ${cell.col}`;
    const words = states.map((s) => cellStateWords[s]).join(', ');
    return `${rowName}, ${colName}: ${formatText(cell.value)}${words ? ` (${words})` : ''}`;
  }
}
