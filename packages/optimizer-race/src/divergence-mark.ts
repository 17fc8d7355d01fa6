import type { OptimizerRun } from '@dlviz/core';
import { clampInto, inside, type Rect } from './plot-area.js';
import { arrowShape } from './svg-arrow.js';

/** The ✕'s arms reach 7 px from its centre: it is drawn this far inside the plot, so all of it shows. */
const INSET = 8;
/** The length of the arrowhead that marks where a run leaves the plot. */
const HEAD = 14;
/** A character of the label's 11 px font is narrower than this: room enough for the label. */
const CHAR_WIDTH = 6.5;
/** The label's lines are this far apart. */
export const LINE_HEIGHT = 13;

type Point = readonly [number, number];

/**
 * How a diverged run is marked on a plot, in pixels.
 *
 * A run that overflows usually leaves the plot within a few updates and goes on for hundreds more
 * until it reaches 1e153 and beyond: its divergence happens nowhere near anything drawn, and a "✕
 * diverged at update 1937" where it was last seen would put update 1937 at update 2's place. So such
 * a run is marked where it leaves, on the plot's edge, pointing the way it went, with the update
 * that takes it out for good (`leaves`); when it diverged is said in words (legend, narration).
 * Only a run whose last finite point is in view is marked as diverging there (`ends`).
 */
export type DivergenceMark =
  | {
      kind: 'leaves';
      /** The update that takes the run out of the plot, never to come back. */
      update: number;
      /** Where it crosses the plot's edge. */
      x: number;
      y: number;
      /** Its direction there, a unit vector, for an arrowhead pointing out. */
      dx: number;
      dy: number;
    }
  | { kind: 'ends'; x: number; y: number };

/**
 * The mark of a diverged run through points 0 … count − 1 (its finite ones), or undefined when
 * none of them is in the plot (the view is elsewhere: there is nothing of it to point at).
 */
export function divergenceMark(
  count: number,
  point: (i: number) => Point,
  area: Rect,
): DivergenceMark | undefined {
  let k = count - 1;
  while (k >= 0 && !inside(point(k), area)) k--;
  if (k < 0) return undefined;
  const from = point(k);
  if (k === count - 1) {
    const [x, y] = clampInto(area, from, INSET);
    return { kind: 'ends', x, y };
  }
  const [x, y, dx, dy] = exit(from, point(k + 1), area);
  return { kind: 'leaves', update: k + 1, x, y, dx, dy };
}

/** What ended a run that stopped early, as its marks say it: an overflow, or a gradient not defined. */
export function stoppedBy(run: OptimizerRun): string {
  return run.undefinedGradient ? 'gradient undefined' : 'diverged';
}

/** What the plot draws for a diverged run: its mark and its label. */
export interface DrawnMark {
  /** The step from which it shows: the update that takes the run out, or the one that diverged. */
  from: number;
  leaves: boolean;
  /** The arrowhead (to fill) or the ✕ (to stroke). */
  path: string;
  lines: string[];
  /** Where the label's first line is centred. */
  x: number;
  y: number;
}

/**
 * The mark of a diverged run (see divergenceMark) drawn, with its label naming the run `name` and
 * saying what ended it, `why` (a run whose gradient was undefined did not diverge). `drawn` holds
 * the marks of the runs before it: a label that would cross one of theirs moves away from its mark,
 * a line at a time, until it crosses none. So the labels of runs that stop at one spot (a start
 * where the gradient is undefined stops every run there) stack, one readable line apiece, and so do
 * those of runs that leave the view side by side.
 */
export function drawnMark(
  name: string,
  count: number,
  point: (i: number) => Point,
  area: Rect,
  why = 'diverged',
  drawn: readonly (DrawnMark | undefined)[] = [],
): DrawnMark | undefined {
  const mark = divergenceMark(count, point, area);
  if (!mark) return undefined;
  const leaves = mark.kind === 'leaves';
  const what = leaves ? `leaves the view at update ${mark.update}` : `${why} at update ${count}`;
  const lines = labelLines(name, what, area);
  // The ✕ reaches 7 px above and below its centre; an arrowhead through the top or bottom edge, its
  // whole length inside the plot.
  const edge = leaves ? exitEdge(mark, area) : 'side';
  const [dx, dy] = labelOffset(mark, area, lines, [edge === 'bottom' ? HEAD : 7, edge === 'top' ? HEAD : 7]);
  const path = leaves ? exitHead(mark, area, HEAD) : `M${mark.x - 7},${mark.y - 7}l14,14m0,-14l-14,14`;
  const x = mark.x + dx;
  let y = mark.y + dy;
  // Boxes from a line above the first baseline to the last: they cross where both spans overlap.
  while (
    drawn.some(
      (other) =>
        other &&
        Math.abs(other.x - x) < halfWidth(lines) + halfWidth(other.lines) &&
        y - other.y < LINE_HEIGHT * other.lines.length &&
        other.y - y < LINE_HEIGHT * lines.length,
    )
  )
    y += Math.sign(dy) * LINE_HEIGHT;
  return { from: leaves ? mark.update : count, leaves, path, lines, x, y };
}

/** A label's lines: "who what" on one line, or who and what on two where one is wider than the plot. */
export function labelLines(who: string, what: string, area: Rect): string[] {
  const line = `${who} ${what}`;
  return CHAR_WIDTH * line.length <= area.width ? [line] : [who, what];
}

/** Half the width of a label's longest line, at most: it is centred on its x. */
const halfWidth = (lines: readonly string[]) =>
  (CHAR_WIDTH * Math.max(...lines.map((line) => line.length))) / 2;

/**
 * Where a mark's label goes, relative to the mark (the middle of its first line's baseline):
 * centred above it, below it near the plot's top, clear of the mark, which reaches `reach` px above
 * and below the point, and moved sideways as far as it takes to stay inside the plot.
 */
export function labelOffset(
  at: { x: number; y: number },
  area: Rect,
  lines: readonly string[],
  [above, below]: readonly [number, number] = [7, 7],
): Point {
  const [x] = clampInto(area, [at.x, 0], halfWidth(lines));
  // 4 px of air; below, the first line's letters also rise about 9 px above its baseline.
  const dy = at.y < area.y + 24 ? below + 13 : -above - 4 - LINE_HEIGHT * (lines.length - 1);
  return [x - at.x, dy];
}

/** The edge a leaving run crosses: the top, the bottom, or a side. */
function exitEdge(mark: Extract<DivergenceMark, { kind: 'leaves' }>, area: Rect): 'top' | 'bottom' | 'side' {
  if (mark.y <= area.y && mark.dy < 0) return 'top';
  if (mark.y >= area.y + area.height && mark.dy > 0) return 'bottom';
  return 'side';
}

/**
 * The arrowhead of a run leaving the plot, `size` px long, its tip on the edge where the run
 * crosses it, pointing the way the run went; slid along that edge, at a corner, so all of it shows.
 */
export function exitHead(
  mark: Extract<DivergenceMark, { kind: 'leaves' }>,
  area: Rect,
  size: number,
): string {
  const [inX, inY] = clampInto(area, [mark.x, mark.y], size / 2 + 1);
  const [x, y] = exitEdge(mark, area) === 'side' ? [mark.x, inY] : [inX, mark.y];
  // Drawn from twice its length away: arrowShape makes a short arrow's head shorter.
  return arrowShape(x - 2 * size * mark.dx, y - 2 * size * mark.dy, x, y, size)?.head ?? '';
}

/** A coordinate an overflowing run may reach (±Infinity, even NaN) kept to arithmetic that works. */
function finite(v: number): number {
  return Number.isNaN(v) ? 0 : Math.max(-1e300, Math.min(1e300, v));
}

/**
 * Where the segment from `from` (inside) to `to` (outside) crosses the rectangle's edge, and its
 * direction: the smallest fraction of the way at which one coordinate reaches its side.
 */
function exit(from: Point, to: Point, area: Rect): [number, number, number, number] {
  const d = [finite(to[0]) - from[0], finite(to[1]) - from[1]];
  const low = [area.x, area.y];
  const high = [area.x + area.width, area.y + area.height];
  let fraction = 1;
  for (const a of [0, 1]) {
    const side = d[a]! > 0 ? high[a]! : low[a]!;
    if (d[a] !== 0) fraction = Math.min(fraction, (side - from[a]!) / d[a]!);
  }
  const length = Math.hypot(d[0]!, d[1]!) || 1;
  return [from[0] + fraction * d[0]!, from[1] + fraction * d[1]!, d[0]! / length, d[1]! / length];
}
