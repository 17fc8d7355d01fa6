import { overlaps, type Box, type Point } from './box.js';
import { inside, type Rect } from './plot-area.js';

/**
 * Where the labels of points go (the start's "start", a minimum's "min", an arrow's "Δθ"), so that
 * none hides another, a point drawn or an arrow: in 1-D every point sits on one curve, so a run at
 * its minimum, or back at its start, lands on their labels. Widths are estimated, not measured, so
 * the spots are worked out with the scales, before anything is drawn.
 */

/**
 * A label for the point `at`: at `prefer` from it (where its baseline starts) when that is free; by
 * default to the right and a little above, clear of the point's mark. With `only`, at the first free
 * one of these spots and nowhere else: an arrow's label, which means nothing away from its arrow.
 */
export interface PointLabel {
  at: Point;
  label: string;
  prefer?: Point;
  only?: readonly Point[];
}

/** A label placed, at a point in pixels: where its baseline starts, or its centre (see each placer). */
export interface PlacedLabel {
  x: number;
  y: number;
  label: string;
}

/** Half a point's mark: the racers' markers reach 7.9 px, the start's ring and a minimum's plus 7. */
const MARK = 8;
/** An 11 px label's glyphs reach this far above its baseline, and below it. */
const ASCENT = 10;
const DESCENT = 3;
/** A letter of an 11 px label is about this wide; the widest (Δ, m) reach into its AIR. */
const LETTER = 6;
/** A label's estimated width in pixels. */
export const labelWidth = (label: string) => LETTER * label.length;
/** Kept free around a label, so that labels and marks never touch. */
const AIR = 2;
/**
 * How far above or below its point a label's box stays: clear of the point's mark, and of marks
 * beside it a few pixels higher (on a curve's flat bottom, the racers' markers all but level with
 * the minimum's plus).
 */
const GAP = MARK + 3;
/** How much higher each further row above is: a label's height. */
const ROW = 15;
const ABOVE = -GAP - AIR - DESCENT;
const BELOW = GAP + AIR + ASCENT;
/**
 * The rows a label may go in besides its preferred spot, from its point to its baseline, in the
 * order tried: level with the point (beside an arrow's tip, in its row), above, below, then up to
 * three rows further above, past the racers' markers and the arrows crowding the first rows (as
 * they do around a minimum).
 */
const DOWN = [(ASCENT - DESCENT) / 2, ABOVE, BELOW, ABOVE - ROW, ABOVE - 2 * ROW, ABOVE - 3 * ROW];

/**
 * The labels placed, in order (an earlier one has the first pick): each at the first of its spots
 * (its `only` ones, else its preferred spot and the others around its point, see DOWN) that is
 * inside `area` (outside it would be clipped) and clear of the marks at `marks`, of the boxes
 * `keepOff` (the 1-D plot's arrows) and of the labels placed before it. Where none is, at the first
 * clear of those labels, else at its first spot: a crowd it cannot get out of.
 */
export function labelSpots(
  labels: readonly PointLabel[],
  marks: readonly Point[],
  area: Rect,
  keepOff: readonly Box[],
): PlacedLabel[] {
  const taken = [...keepOff, ...marks.map(([x, y]): Box => [x - MARK, y - MARK, x + MARK, y + MARK])];
  const placed: Box[] = [];
  return labels.map(({ at, label, prefer = [MARK + AIR, -6], only }) => {
    const width = labelWidth(label);
    // In each row: to the right of the point, to its left, centred on it, then to the right past a
    // marker beside it.
    const across = [MARK + AIR, -MARK - AIR - width, -width / 2, 3 * MARK + AIR];
    const spots = only ?? [prefer, ...DOWN.flatMap((dy) => across.map((dx) => [dx, dy]))];
    const boxes = spots.map(([dx, dy]): Box => [
      at[0] + dx! - AIR,
      at[1] + dy! - (ASCENT + AIR),
      at[0] + dx! + width + AIR,
      at[1] + dy! + (DESCENT + AIR),
    ]);
    // A label whose point is off the plot (a start or a minimum panned out of view) stays with it,
    // clipped as it is: pulled into the plot, it would name nothing drawn.
    const free = (among: readonly Box[]) =>
      inside(at, area) &&
      boxes.find(
        (box) =>
          inside([box[0], box[1]], area) &&
          inside([box[2], box[3]], area) &&
          !among.some((other) => overlaps(box, other)),
      );
    // In a crowd of marks, a label still keeps off the labels placed before it.
    const box = free(taken) || free(placed) || boxes[0]!;
    taken.push(box);
    placed.push(box);
    return { x: box[0] + AIR, y: box[3] - (DESCENT + AIR), label };
  });
}
