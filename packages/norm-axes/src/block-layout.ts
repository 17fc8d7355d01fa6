import { normLayoutAxes, type NormAxisRange, type NormLayout } from '@dlviz/core';
import { monoWidth } from '@dlviz/ui';

/**
 * Where each layout axis goes in the unfolded block: NCHW puts examples in rows and channels in
 * columns of H×W sheets; NC is one examples × features matrix; BTD stacks the sequences, each a
 * tokens × features matrix. Every group of every normalization is then one rectangle.
 */
type Slot = 'outerRow' | 'outerCol' | 'innerRow' | 'innerCol';

const slots: Record<NormLayout, readonly Slot[]> = {
  NCHW: ['outerRow', 'outerCol', 'innerRow', 'innerCol'],
  NC: ['innerRow', 'innerCol'],
  BTD: ['outerRow', 'innerRow', 'innerCol'],
};

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface AxisLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly kind: 'title' | 'index';
}

export interface BlockGeometry {
  readonly layout: NormLayout;
  readonly shape: readonly number[];
  /** A cell's height, and its width unless its numbers widened it (`cellWidth`). */
  readonly cell: number;
  readonly cellWidth: number;
  /** Whether cells are large enough to show their numbers. */
  readonly numbers: boolean;
  /** The text size of the labels and the cells' numbers, in drawing units. */
  readonly fontSize: number;
  readonly width: number;
  readonly height: number;
  /**
   * Whether the block is wider than the width it was to fit: its cells at their least size (the
   * largest tensors on a phone). It then scrolls sideways at its size rather than shrinking, which
   * would shrink its labels past reading.
   */
  readonly overflows: boolean;
  /** Top-left corner of each cell, in the input's row-major order. */
  readonly xs: Float32Array;
  readonly ys: Float32Array;
  /** The block as the keyboard walks it: a rows × cols grid of cells across the panels' gaps. */
  readonly rows: number;
  readonly cols: number;
  /** The flat index of the cell at each grid position, row by row. */
  readonly grid: Int32Array;
  /** The outline of each sheet (NCHW), sequence (BTD) or the matrix (NC). */
  readonly panels: readonly Rect[];
  readonly labels: readonly AxisLabel[];
  /** The rectangle covering a box of cells (a group's members), one range per layout axis. */
  box(ranges: readonly NormAxisRange[]): Rect;
}

export interface BlockOptions {
  /** The width and height the block should fit in, in drawing units. */
  fit: { width: number; height: number };
  /** Cell edge limits. */
  minCell?: number;
  maxCell?: number;
  /** Leave out axis titles and index labels (the small multiples). */
  bare?: boolean;
  /**
   * The longest number the cells will show, asked only when they are large enough to show numbers:
   * the cells widen to it where the block still fits its width.
   */
  widest?: () => string;
}

/** The smallest cell that shows its number. */
const NUMBERS_FROM = 30;
/**
 * Room a number keeps clear on each side of its cell: "−1.73" at full width touched the current
 * group's outline (with its halo, 4.5 px out from a group's cells) beside it, its minus read as part
 * of the line.
 */
export const NUMBER_INSET = 4;

export function blockGeometry(
  layout: NormLayout,
  shape: readonly number[],
  options: BlockOptions,
): BlockGeometry {
  const slotOf = slots[layout];
  const size = (slot: Slot) => {
    const a = slotOf.indexOf(slot);
    return a < 0 ? 1 : shape[a]!;
  };
  const [OR, OC, IR, IC] = [size('outerRow'), size('outerCol'), size('innerRow'), size('innerCol')];
  const left = options.bare ? 1 : 64;
  const top = options.bare ? 1 : layout === 'NCHW' ? 40 : 34;
  const gapRatio = 0.5;
  const columns = OC * IC + (OC - 1) * gapRatio;
  const rows = OR * IR + (OR - 1) * gapRatio;
  const fitted = Math.min((options.fit.width - left - 2) / columns, (options.fit.height - top - 2) / rows);
  const cell = Math.max(options.minCell ?? 3, Math.min(options.maxCell ?? 44, Math.floor(fitted * 2) / 2));
  const fontSize = Math.max(9, Math.min(13, Math.round(cell * 0.32)));
  const numbers = cell >= NUMBERS_FROM;
  const gap = OC > 1 || OR > 1 ? Math.max(3, cell * gapRatio) : 0;
  // A number wider than a square cell (−0.0914) widens every cell to it, as long as the block then
  // still fits; where it would not, the cells stay square and TensorBlock squeezes the number.
  const needed =
    Math.ceil(numbers && options.widest ? monoWidth(options.widest(), fontSize) : 0) + 2 * NUMBER_INSET;
  const fits = left + OC * IC * needed + (OC - 1) * gap + 2 <= options.fit.width;
  const cellWidth = needed > cell && fits ? needed : cell;
  const panelWidth = IC * cellWidth;
  const panelHeight = IR * cell;
  const x = (oc: number, ic: number) => left + oc * (panelWidth + gap) + ic * cellWidth;
  const y = (or: number, ir: number) => top + or * (panelHeight + gap) + ir * cell;

  const count = shape.reduce((a, b) => a * b, 1);
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  const cols = OC * IC;
  const grid = new Int32Array(count);
  const coords = new Array<number>(shape.length).fill(0);
  const at = (slot: Slot) => {
    const a = slotOf.indexOf(slot);
    return a < 0 ? 0 : coords[a]!;
  };
  for (let i = 0; i < count; i++) {
    xs[i] = x(at('outerCol'), at('innerCol'));
    ys[i] = y(at('outerRow'), at('innerRow'));
    grid[(at('outerRow') * IR + at('innerRow')) * cols + at('outerCol') * IC + at('innerCol')] = i;
    for (let a = shape.length - 1; a >= 0; a--) {
      if (++coords[a]! < shape[a]!) break;
      coords[a] = 0;
    }
  }

  const panels: Rect[] = [];
  for (let or = 0; or < OR; or++)
    for (let oc = 0; oc < OC; oc++)
      panels.push({ x: x(oc, 0), y: y(or, 0), width: panelWidth, height: panelHeight });

  const axes = normLayoutAxes(layout);
  const axisOf = (slot: Slot) => axes[slotOf.indexOf(slot)];
  const nameOf = (slot: Slot) => axisOf(slot)?.name;
  const labels: AxisLabel[] = [];
  /** Where the title across ends: a small block is widened to it rather than cutting it off. */
  let titleEnd = 0;
  if (!options.bare) {
    // Titles name the axis and its direction; index labels appear only where they fit.
    // The axes across are channels (C, or D for BTD) and columns (W): named as the core names them.
    const across = [axisOf('outerCol'), axisOf('innerCol')]
      .filter((axis) => axis !== undefined)
      .map((axis) => `${axis.name} (${axis.noun}) →`);
    const down = [nameOf('outerRow'), nameOf('innerRow')].filter(Boolean).map((n) => `${n} ↓`);
    const acrossTitle = across.join('   within each: ');
    labels.push({ x: left, y: 12, text: acrossTitle, anchor: 'start', kind: 'title' });
    titleEnd = left + boldTextWidth(acrossTitle, fontSize);
    labels.push({ x: 4, y: 12, text: down.join(' '), anchor: 'start', kind: 'title' });
    const indexRoom = 14;
    if (OC > 1) {
      for (let oc = 0; oc < OC; oc++)
        labels.push({
          x: x(oc, 0) + panelWidth / 2,
          y: top - 8,
          text: `${nameOf('outerCol')!.toLowerCase()}${oc}`,
          anchor: 'middle',
          kind: 'index',
        });
    } else if (cell >= indexRoom) {
      for (let ic = 0; ic < IC; ic++)
        labels.push({
          x: x(0, ic) + cellWidth / 2,
          y: top - 8,
          text: `${nameOf('innerCol')!.toLowerCase()}${ic}`,
          anchor: 'middle',
          kind: 'index',
        });
    }
    // Every row is named, a batch of one or a single token too: the outer axis (N of NCHW, B of BTD)
    // at the far left, level with its panel's middle, the inner one (H, T, or N of NC) beside each
    // row of cells where they fit, so they read outer to inner as the title does ("N ↓ H ↓"). With
    // both beside the cells, "n0" stood against "h0" and read as one label.
    const outerRows = slotOf.includes('outerRow');
    for (let or = 0; or < OR; or++) {
      if (outerRows)
        labels.push({
          x: 4,
          y: y(or, 0) + panelHeight / 2 + 4,
          text: `${nameOf('outerRow')!.toLowerCase()}${or}`,
          anchor: 'start',
          kind: 'index',
        });
      if (cell >= indexRoom) {
        for (let ir = 0; ir < IR; ir++)
          labels.push({
            x: left - 8,
            y: y(or, ir) + cell / 2 + 4,
            text: `${nameOf('innerRow')!.toLowerCase()}${ir}`,
            anchor: 'end',
            kind: 'index',
          });
      }
    }
  }

  const width = Math.max(x(OC - 1, IC - 1) + cellWidth, titleEnd) + 2;
  const height = y(OR - 1, IR - 1) + cell + 2;

  function box(ranges: readonly NormAxisRange[]): Rect {
    const from = (slot: Slot) => {
      const a = slotOf.indexOf(slot);
      return a < 0 ? 0 : ranges[a]!.from;
    };
    const last = (slot: Slot) => {
      const a = slotOf.indexOf(slot);
      return a < 0 ? 0 : ranges[a]!.to - 1;
    };
    const x0 = x(from('outerCol'), from('innerCol'));
    const y0 = y(from('outerRow'), from('innerRow'));
    return {
      x: x0,
      y: y0,
      width: x(last('outerCol'), last('innerCol')) + cellWidth - x0,
      height: y(last('outerRow'), last('innerRow')) + cell - y0,
    };
  }

  return {
    layout,
    shape,
    cell,
    cellWidth,
    numbers,
    fontSize,
    width,
    height,
    overflows: width > options.fit.width,
    xs,
    ys,
    rows: OR * IR,
    cols,
    grid,
    panels,
    labels,
    box,
  };
}

/**
 * A generous width for a title in the bold sans-serif the labels use: 0.65 em a character, where
 * DejaVu Sans Bold takes 0.56 to 0.59 on these titles. Measuring would need the page; too wide
 * only leaves a little room after the title.
 */
function boldTextWidth(text: string, fontSize: number): number {
  return text.length * 0.65 * fontSize;
}
