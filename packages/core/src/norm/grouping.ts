import { layoutAxes, type NormLayout, type NormType } from './layout.js';

/** How a type treats the channel axis: one group per channel, all channels together, or G blocks of C/G. */
type ChannelRule = 'each' | 'all' | 'blocks';

/** Which canonical axes (N, C, H, W) single out a group; every other axis is reduced. */
interface Rule {
  readonly keepN: boolean;
  readonly keepH: boolean;
  readonly channel: ChannelRule;
}

function ruleOf(type: NormType, layout: NormLayout): Rule {
  // A transformer normalizes each token on its own: BTD keeps T (canonical H) wherever it reduces over D.
  const perToken = layout === 'BTD';
  switch (type) {
    case 'batch':
      return { keepN: false, keepH: false, channel: 'each' };
    case 'instance':
      return { keepN: true, keepH: false, channel: 'each' };
    case 'group':
      return { keepN: true, keepH: perToken, channel: 'blocks' };
    case 'layer':
    case 'rms':
      return { keepN: true, keepH: perToken, channel: 'all' };
  }
}

/**
 * Which cells share one mean and variance: the relation the widget lights up. Cells are numbered in
 * the input's row-major order. The canonical view is cut into rows along W, the one axis every type
 * reduces: row r holds the `rowLength` cells from `rowStart[r]` by steps of `rowStride`, all in group
 * `rowGroup[r]` with channel `rowChannel[r]` (where gamma and beta come from). Every group is a box
 * of the same size, `members` cells. Rows keep the solver free of per-cell bookkeeping.
 */
export interface Grouping {
  readonly type: NormType;
  readonly layout: NormLayout;
  /** The input's shape in the layout's order. */
  readonly shape: readonly number[];
  /** The same tensor seen as N, C, H, W (NC: H = W = 1; BTD: N = B, C = D, H = T, W = 1). */
  readonly sizes: readonly [number, number, number, number];
  readonly cells: number;
  readonly groupShape: readonly number[];
  /** What each entry of groupShape counts, e.g. ['N', 'G'] or ['B', 'T']. */
  readonly groupAxes: readonly string[];
  readonly groupCount: number;
  readonly members: number;
  /** Channels per group for group norm (C/G), else 1. */
  readonly block: number;
  readonly rowStart: Int32Array;
  readonly rowGroup: Int32Array;
  readonly rowChannel: Int32Array;
  readonly rowLength: number;
  readonly rowStride: number;
}

/** The canonical sizes and strides of a layout's shape: the one view every type is reduced in. */
function canonical(
  layout: NormLayout,
  shape: readonly number[],
): { sizes: [number, number, number, number]; strides: [number, number, number, number] } {
  const sizes: [number, number, number, number] = [1, 1, 1, 1];
  const strides: [number, number, number, number] = [0, 0, 0, 0];
  let stride = 1;
  const list = layoutAxes(layout);
  for (let a = list.length - 1; a >= 0; a--) {
    const slot = list[a]!.canonical;
    sizes[slot] = shape[a]!;
    strides[slot] = stride;
    stride *= shape[a]!;
  }
  return { sizes, strides };
}

function groupsAlongChannel(rule: Rule, channels: number, groups: number): number {
  return rule.channel === 'each' ? channels : rule.channel === 'blocks' ? groups : 1;
}

export function grouping(type: NormType, layout: NormLayout, shape: readonly number[], groups = 1): Grouping {
  const rule = ruleOf(type, layout);
  const { sizes, strides } = canonical(layout, shape);
  const [N, C, H, W] = sizes;
  const [sn, sc, sh, sw] = strides;
  const G = groupsAlongChannel(rule, C, groups);
  const block = rule.channel === 'blocks' ? C / groups : 1;
  const Hk = rule.keepH ? H : 1;
  const rows = N * C * H;
  const rowStart = new Int32Array(rows);
  const rowGroup = new Int32Array(rows);
  const rowChannel = new Int32Array(rows);
  let r = 0;
  for (let n = 0; n < N; n++) {
    const gn = rule.keepN ? n * Hk : 0;
    for (let c = 0; c < C; c++) {
      const gc = rule.channel === 'each' ? c : rule.channel === 'blocks' ? Math.floor(c / block) : 0;
      for (let h = 0; h < H; h++, r++) {
        rowStart[r] = n * sn + c * sc + h * sh;
        rowGroup[r] = (gn + (rule.keepH ? h : 0)) * G + gc;
        rowChannel[r] = c;
      }
    }
  }
  // Group indices run over (N, H, C or G) in that order, which is also the kept axes' layout order.
  const groupShape = [rule.keepN ? [N] : [], rule.keepH ? [H] : [], rule.channel === 'all' ? [] : [G]].flat();
  const groupAxes = reducedAxes(type, layout).kept;
  const groupCount = groupShape.reduce((a, b) => a * b, 1);
  const cells = rows * W;
  return {
    type,
    layout,
    shape,
    sizes,
    cells,
    groupShape,
    groupAxes,
    groupCount,
    members: cells / groupCount,
    block,
    rowStart,
    rowGroup,
    rowChannel,
    rowLength: W,
    rowStride: sw,
  };
}

/** Calls `visit(cell, group, channel)` for every cell, row by row (not in the input's order). */
export function forEachCell(
  g: Grouping,
  visit: (cell: number, group: number, channel: number) => void,
): void {
  for (let r = 0; r < g.rowStart.length; r++) {
    for (let w = 0, i = g.rowStart[r]!; w < g.rowLength; w++, i += g.rowStride)
      visit(i, g.rowGroup[r]!, g.rowChannel[r]!);
  }
}

/** The group and the channel of one cell, by its flat index. */
export function locate(g: Grouping, index: number): { group: number; channel: number } {
  const rule = ruleOf(g.type, g.layout);
  const canonicalCoords = [0, 0, 0, 0];
  const list = layoutAxes(g.layout);
  for (let a = list.length - 1; a >= 0; a--) {
    canonicalCoords[list[a]!.canonical] = index % g.shape[a]!;
    index = Math.floor(index / g.shape[a]!);
  }
  const [n, c, h] = canonicalCoords as [number, number, number, number];
  const G = groupsAlongChannel(rule, g.sizes[1], g.sizes[1] / g.block);
  const gc = rule.channel === 'each' ? c : rule.channel === 'blocks' ? Math.floor(c / g.block) : 0;
  const Hk = rule.keepH ? g.sizes[2] : 1;
  return { group: ((rule.keepN ? n : 0) * Hk + (rule.keepH ? h : 0)) * G + gc, channel: c };
}

/** The group of every cell, in the input's order: the relation as one array, for drawing. */
export function cellGroups(g: Grouping): Int32Array {
  const out = new Int32Array(g.cells);
  forEachCell(g, (i, k) => (out[i] = k));
  return out;
}

/** A range of one layout axis: indices from `from` up to, not including, `to`. */
export interface AxisRange {
  readonly axis: string;
  readonly from: number;
  readonly to: number;
}

/** The members of group g, as one index range per layout axis (every group is such a box). */
export function groupBox(g: Grouping, index: number): AxisRange[] {
  const rule = ruleOf(g.type, g.layout);
  const [N, C, H, W] = g.sizes;
  const G = groupsAlongChannel(rule, C, C / g.block);
  const Hk = rule.keepH ? H : 1;
  const gc = index % G;
  const h = Math.floor(index / G) % Hk;
  const n = Math.floor(index / (G * Hk));
  const ranges: [number, number][] = [
    rule.keepN ? [n, n + 1] : [0, N],
    rule.channel === 'each'
      ? [gc, gc + 1]
      : rule.channel === 'blocks'
        ? [gc * g.block, (gc + 1) * g.block]
        : [0, C],
    rule.keepH ? [h, h + 1] : [0, H],
    [0, W],
  ];
  return layoutAxes(g.layout).map((a) => ({
    axis: a.name,
    from: ranges[a.canonical]![0],
    to: ranges[a.canonical]![1],
  }));
}

/** Flat indices (ascending, the input's order) of the cells of a box. */
export function boxCells(shape: readonly number[], box: readonly AxisRange[]): number[] {
  let cells = [0];
  box.forEach((range, a) => {
    const next: number[] = [];
    for (const base of cells) for (let i = range.from; i < range.to; i++) next.push(base * shape[a]! + i);
    cells = next;
  });
  return cells;
}

/**
 * The axes a type reduces over in a layout and those it keeps. Group norm reduces the channels only
 * within a group, C/G of them, and keeps the groups apart: its channel axis is named "C/G".
 */
export function reducedAxes(type: NormType, layout: NormLayout): { reduced: string[]; kept: string[] } {
  const rule = ruleOf(type, layout);
  const reducedSlot = [!rule.keepN, rule.channel !== 'each', !rule.keepH, true];
  const axes = layoutAxes(layout);
  const kept = axes.filter((a) => !reducedSlot[a.canonical]).map((a) => a.name);
  if (rule.channel === 'blocks') kept.push('G');
  const reduced = axes
    .filter((a) => reducedSlot[a.canonical])
    .map((a) => (rule.channel === 'blocks' && a.canonical === 1 ? `${a.name}/G` : a.name));
  return { reduced, kept };
}
