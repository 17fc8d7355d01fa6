import { clampInto, type Rect } from './plot-area.js';

/** The ✕'s arms reach 7 px from its centre: it is drawn this far inside the plot, so all of it shows. */
const INSET = 8;
/** A character of the label's 11 px font is narrower than this: room enough for the label. */
const CHAR_WIDTH = 6.5;

type Point = readonly [number, number];

/** Where a diverged run's ✕ goes, and its label (the middle of its baseline) relative to it, in pixels. */
export interface DivergenceMark {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
}

/**
 * Where a diverged run's ✕ goes: its last point inside the plot. A run that overflows ends
 * astronomically far off (1e153 and more), where a marker at its last finite point would never be
 * seen; its last point inside is where it is last seen before it leaves. When no point is inside (the
 * view is elsewhere), the start, moved onto the plot's edge. The label is centred above the ✕ (below
 * it near the top edge) and moved sideways as far as it takes to stay inside the plot.
 */
export function divergenceMark(
  count: number,
  point: (i: number) => Point,
  area: Rect,
  label: string,
): DivergenceMark {
  let k = count - 1;
  while (k > 0 && !inside(point(k), area)) k--;
  const [x, y] = clampInto(area, point(k), INSET);
  const [labelX] = clampInto(area, [x, 0], (CHAR_WIDTH * label.length) / 2);
  return { x, y, labelX: labelX - x, labelY: y < area.y + 24 ? 20 : -11 };
}

/** On the plot (NaN is not): clamping leaves the point as it is. */
function inside(p: Point, area: Rect): boolean {
  return clampInto(area, p).every((v, a) => v === p[a]);
}
