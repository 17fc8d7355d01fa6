import { overlaps, type Box, type Point } from './box.js';
import type { PlacedLabel } from './label-spots.js';
import type { ContourLabel } from './surface-contours.js';

/** A 10 px digit is about this wide; a label's box reaches this far above and below its centre, halo included. */
const DIGIT = 6;
const HALF_HEIGHT = 7;
/** The trails are marked on a grid of cells this many pixels wide. */
const CELL = 6;

/** The cells a trail passes through, as `row * 1e5 + column`: each step walked in half-cell strides. */
function trailCells(trails: readonly (readonly Point[])[]): Set<number> {
  const cells = new Set<number>();
  for (const trail of trails)
    trail.forEach(([x, y], i) => {
      const [px, py] = trail[i - 1] ?? [x, y];
      // A diverged run's last steps can be far longer than the plot: walked up to 400 strides.
      const strides = Math.min(400, Math.ceil(Math.hypot(x - px, y - py) / (CELL / 2)));
      for (let k = 0; k <= strides; k++) {
        const t = strides ? k / strides : 1;
        cells.add(Math.floor((py + t * (y - py)) / CELL) * 1e5 + Math.floor((px + t * (x - px)) / CELL));
      }
    });
  return cells;
}

/**
 * Where the contour levels' labels go (their centres), so that what is drawn over them leaves them readable: each
 * at the first of its spots whose box keeps clear of the boxes `keepOff` (the start, the minima and
 * their labels), of the labels placed before it and of the trails (every point of every run, so the
 * labels stay put while the race plays); else at the first spot clear of all but the trails; else
 * nowhere, since two values written over each other say neither.
 */
export function levelLabelSpots(
  labels: readonly Pick<ContourLabel, 'text' | 'spots'>[],
  trails: readonly (readonly Point[])[],
  keepOff: readonly Box[],
): PlacedLabel[] {
  const cells = trailCells(trails);
  const onTrail = ([left, top, right, bottom]: Box) => {
    for (let row = Math.floor(top / CELL); row <= Math.floor(bottom / CELL); row++)
      for (let column = Math.floor(left / CELL); column <= Math.floor(right / CELL); column++)
        if (cells.has(row * 1e5 + column)) return true;
    return false;
  };
  const taken = [...keepOff];
  return labels.flatMap(({ text, spots }) => {
    const half = (DIGIT * text.length) / 2;
    const free = spots
      .map(([x, y]): Box => [x - half, y - HALF_HEIGHT, x + half, y + HALF_HEIGHT])
      .filter((box) => !taken.some((other) => overlaps(box, other)));
    const box = free.find((b) => !onTrail(b)) ?? free[0];
    if (!box) return [];
    taken.push(box);
    return [{ x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2, label: text }];
  });
}
