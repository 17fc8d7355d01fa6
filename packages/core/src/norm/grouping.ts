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
 * the input's row-major order; `group[i]` and `channel[i]` say where cell i draws its statistics and
 * its gamma and beta from. Every group is a box of the same size, `members` cells.
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
  readonly group: Int32Array;
  readonly channel: Int32Array;
}

/** The canonical sizes and strides of a layout's shape: the one view every type is reduced in. */
function canonical(layout: NormLayout, shape: readonly number[]): { sizes: [number, number, number, number]; strides: [number, number, number, number] } {
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
  const cells = N * C * H * W;
  const group = new Int32Array(cells);
  const channel = new Int32Array(cells);
  for (let n = 0; n < N; n++) {
    const gn = rule.keepN ? n * Hk : 0;
    for (let c = 0; c < C; c++) {
      const gc = rule.channel === 'each' ? c : rule.channel === 'blocks' ? Math.floor(c / block) : 0;
      for (let h = 0; h < H; h++) {
        const g = (gn + (rule.keepH ? h : 0)) * G + gc;
        const base = n * sn + c * sc + h * sh;
        for (let w = 0; w < W; w++) {
          group[base + w * sw] = g;
          channel[base + w * sw] = c;
        }
      }
    }
  }
  // Group indices run over (N, H, C or G) in that order, which is also the kept axes' layout order.
  const groupShape = [rule.keepN ? [N] : [], rule.keepH ? [H] : [], rule.channel === 'all' ? [] : [G]].flat();
  const groupAxes = reducedAxes(type, layout).kept;
  const groupCount = groupShape.reduce((a, b) => a * b, 1);
  return { type, layout, shape, sizes, cells, groupShape, groupAxes, groupCount, members: cells / groupCount, block, group, channel };
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
    rule.channel === 'each' ? [gc, gc + 1] : rule.channel === 'blocks' ? [gc * g.block, (gc + 1) * g.block] : [0, C],
    rule.keepH ? [h, h + 1] : [0, H],
    [0, W],
  ];
  return layoutAxes(g.layout).map((a) => ({ axis: a.name, from: ranges[a.canonical]![0], to: ranges[a.canonical]![1] }));
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

/** The axes a type reduces over in a layout (group norm reduces C only within a block) and those it keeps. */
export function reducedAxes(type: NormType, layout: NormLayout): { reduced: string[]; kept: string[] } {
  const rule = ruleOf(type, layout);
  const reducedSlot = [!rule.keepN, rule.channel !== 'each', !rule.keepH, true];
  const axes = layoutAxes(layout);
  const kept = axes.filter((a) => !reducedSlot[a.canonical]).map((a) => a.name);
  if (rule.channel === 'blocks') kept.push('G');
  return { reduced: axes.filter((a) => reducedSlot[a.canonical]).map((a) => a.name), kept };
}
