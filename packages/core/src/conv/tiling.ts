import { axisCount, axisLength, canvasSpan, poolLength, type AxisName } from './axis.js';
import { axisOf, convGeometry } from './geometry.js';
import type { ConvProblem } from './problem.js';
import { tapPosition } from './reach.js';

/**
 * Where a stride leaves cells unused: `edge` when windows stop before the end (the floor in the size
 * formula drops the rest) or, in a transposed layer, output padding adds cells past the last tap;
 * `gap` when strided or dilated taps skip cells in between.
 */
export interface TilingWarning {
  readonly stage: 'conv' | 'pool';
  readonly axis: AxisName;
  readonly kind: 'edge' | 'gap';
  /** Rows (or columns) left out: input never read, output receiving no input, or never pooled. */
  readonly ignored: number;
  readonly message: string;
}

/** `is` or `are`, agreeing with a count. */
const be = (n: number): string => (n === 1 ? 'is' : 'are');

/** Which of `length` positions some tap reaches from the `from` side's positions (o·s − p + k·d). */
function reached(
  from: number,
  length: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
): boolean[] {
  const hit = new Array<boolean>(length).fill(false);
  for (let o = 0; o < from; o++) {
    for (let k = 0; k < kernel; k++) {
      const i = tapPosition(o, k, stride, padding, dilation);
      if (i >= 0 && i < length) hit[i] = true;
    }
  }
  return hit;
}

/** `rows 1, 3, 5` (the first few, then an ellipsis). */
function list(axis: AxisName, indices: readonly number[]): string {
  const shown = indices.length > 6 ? `${indices.slice(0, 5).join(', ')}, …` : indices.join(', ');
  return `${indices.length === 1 ? axis.slice(0, -1) : axis} ${shown}`;
}

function convWarnings(problem: ConvProblem, axis: AxisName): TilingWarning[] {
  const a = axisOf(problem, axis);
  const out = axisLength(a);
  const warnings: TilingWarning[] = [];
  if (a.transposed) {
    const hit = reached(a.size, out, a.kernel, a.stride, a.padding, a.dilation);
    const empty = hit.flatMap((h, i) => (h ? [] : [i]));
    // Past the canvas's last tap are the positions output padding adds; before it, gaps between taps.
    const last = canvasSpan(a).last;
    const between = empty.filter((i) => i <= last);
    const added = empty.filter((i) => i > last);
    const receive = (n: number) => (n === 1 ? 'receives' : 'receive');
    if (between.length > 0) {
      warnings.push({
        stage: 'conv',
        axis,
        kind: 'gap',
        ignored: between.length,
        message: `output ${list(axis, between)} ${receive(between.length)} no input (only the bias): ${between.length === 1 ? 'it falls' : 'they fall'} between the scattered kernel taps (stride ${a.stride}, dilation ${a.dilation})`,
      });
    }
    if (added.length > 0) {
      warnings.push({
        stage: 'conv',
        axis,
        kind: 'edge',
        ignored: added.length,
        message: `output ${list(axis, added)} ${receive(added.length)} no input (only the bias): the output padding ${a.outputPadding} adds ${added.length === 1 ? 'it' : 'them'} past the last scattered tap`,
      });
    }
    return warnings;
  }
  const reach = a.dilation * (a.kernel - 1) + 1;
  const unread = reached(out, a.size, a.kernel, a.stride, a.padding, a.dilation).flatMap((h, i) =>
    h ? [] : [i],
  );
  const left = (a.size + 2 * a.padding - reach) % a.stride;
  const lost = Math.max(0, left - a.padding);
  if (left > 0) {
    const what =
      lost > 0
        ? `input ${list(axis, unread.slice(-lost))} ${be(lost)} never read`
        : 'only zero padding is skipped';
    warnings.push({
      stage: 'conv',
      axis,
      kind: 'edge',
      ignored: lost,
      message: `the stride ${a.stride} does not tile the ${a.size + 2 * a.padding} ${a.padding > 0 ? 'padded ' : ''}${axis} evenly: the last ${axisCount(left, axis)} ${left === 1 ? 'fits' : 'fit'} no window, so ${what}`,
    });
  }
  const between = unread.slice(0, unread.length - lost);
  if (between.length > 0) {
    warnings.push({
      stage: 'conv',
      axis,
      kind: 'gap',
      ignored: between.length,
      message: `input ${list(axis, between)} ${between.length === 1 ? 'falls' : 'fall'} between the kernel taps and ${be(between.length)} never read (stride ${a.stride}, dilation ${a.dilation})`,
    });
  }
  return warnings;
}

function poolWarnings(problem: ConvProblem, axis: AxisName): TilingWarning[] {
  const pool = problem.pool;
  if (!pool) return [];
  const i = axis === 'rows' ? 0 : 1;
  const g = convGeometry(problem);
  const size = i === 0 ? g.outputHeight : g.outputWidth;
  const [window, stride] = [pool.size[i]!, pool.stride[i]!];
  const warnings: TilingWarning[] = [];
  const left = (size - window) % stride;
  if (left > 0) {
    warnings.push({
      stage: 'pool',
      axis,
      kind: 'edge',
      ignored: left,
      message: `the pool stride ${stride} does not tile the output's ${size} ${axis} evenly: the last ${axisCount(left, axis)} ${be(left)} never pooled`,
    });
  }
  const skipped = Math.max(0, stride - window) * (poolLength(size, window, stride) - 1);
  if (skipped > 0) {
    warnings.push({
      stage: 'pool',
      axis,
      kind: 'gap',
      ignored: skipped,
      message: `the pool stride ${stride} is longer than its window ${window}: ${axisCount(skipped, axis)} between windows ${be(skipped)} never pooled`,
    });
  }
  return warnings;
}

/** Every place a stride leaves cells unused, conv first, rows before columns. */
export function tilingWarnings(problem: ConvProblem): TilingWarning[] {
  return [
    ...convWarnings(problem, 'rows'),
    ...convWarnings(problem, 'columns'),
    ...poolWarnings(problem, 'rows'),
    ...poolWarnings(problem, 'columns'),
  ];
}
