/**
 * Where each edge's label goes, so that no label covers another or a node with its texts, and as
 * few as can be sit on another edge's line. Each label has spots along its own edge, from its
 * middle (where it reads as that edge's) outward; the labels between two columns are arranged
 * together, since where edges fan out of one node and into another, one label's best spot is
 * often its neighbour's only one: the labels spread along their edges, off the crossings in the
 * middle. A box holds all of a label's lines, so the label keeps its place as the steps reveal them.
 */
import type { EdgeFacts, NodeFacts } from './drawing-facts.js';
import { HALO, halfWidth, isLocal, LINE, shapeHalfWidth, valueSize } from './layout.js';

/** A box by its center and half sizes. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** 0.5, 0.54, 0.46, 0.58, … 0.14, 0.86: nearer the ends a label crowds the nodes. */
const FRACTIONS = Array.from({ length: 19 }, (_, i) => 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.04);

/**
 * Air between any two boxes: plates that touch read as one block of numbers ("0.5 ∂ −7.5" run into
 * "−0.5 ∂ −4"), and hide the edge between them that tells whose numbers are whose.
 */
const AIR = 3;

/** Air between a plate and another edge's stroke: a line grazing a plate reads as going under it. */
const STROKE_AIR = 2;

const overlaps = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) < a.w + b.w + AIR && Math.abs(a.y - b.y) < a.h + b.h + AIR;

interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * How much of a segment runs under a box, as a fraction of the segment (Liang–Barsky clipping), or
 * -1 where it passes clear of it.
 */
function clipped(s: Segment, box: Box): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let enter = 0;
  let leave = 1;
  for (const [p, q] of [
    [-dx, s.x1 - (box.x - box.w)],
    [dx, box.x + box.w - s.x1],
    [-dy, s.y1 - (box.y - box.h)],
    [dy, box.y + box.h - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return -1;
    } else if (p < 0) enter = Math.max(enter, q / p);
    else leave = Math.min(leave, q / p);
  }
  return enter <= leave ? leave - enter : -1;
}

/**
 * Whether a segment runs under a box: another edge under a label's plate, at a crossing, makes the
 * label read as that edge's as much as its own.
 */
export const runsUnder = (s: Segment, box: Box): boolean => clipped(s, box) >= 0;

/**
 * How badly another edge's stroke, as wide as its gradient draws it, runs under or against a plate:
 * 1 for coming against it, 1 more for running under it, plus its length there over the plate's
 * width. Through the middle it hides where it crosses the label's own edge; across a corner it
 * leaves that plain to see.
 */
function strokeUnder(other: EdgeFacts, box: Box): number {
  const grow = other.width / 2 + STROKE_AIR;
  const against = clipped(other, { ...box, w: box.w + grow, h: box.h + grow });
  const length = Math.hypot(other.x2 - other.x1, other.y2 - other.y1);
  return against < 0 ? 0 : (runsUnder(other, box) ? 2 : 1) + (against * length) / (2 * box.w);
}

/** Above this many edges between two columns, crossings are everywhere and not worth avoiding. */
const CROSSINGS_AVOIDED_UP_TO = 24;

/** A spot for a label, and what it costs there: the edges that run under it, and a little for leaving the middle. */
interface Spot {
  readonly box: Box;
  readonly cost: number;
}

/**
 * Per unit of distance from its edge's middle: any edge under a label costs more (at least 1) than
 * all the labels of a column pair leaving the middle (24 × 0.1 × 0.36).
 */
const OFF_MIDDLE = 0.1;
/** A label left out costs more than all the crossings of a column pair could. */
const LEFT_OUT = 1e4;
/** How many partial arrangements the search of one column pair may try, so that a step stays fast. */
const SEARCH_BUDGET = 4000;

/**
 * A label's spots along its edge clear of the nodes and of the labels already placed, middle first,
 * each with its cost.
 */
function spotsAlong(edge: EdgeFacts, between: readonly EdgeFacts[], taken: readonly Box[]): Spot[] {
  const { x1, y1, x2, y2, lines } = edge;
  const w = halfWidth(Math.max(...lines.map((line) => line.text.length))) + HALO;
  const h = (lines.length * LINE) / 2 + HALO;
  // Only the boxes between the edge's columns can be in the way: a large network has hundreds elsewhere.
  const near = taken.filter(
    (box) => Math.abs(box.x - (x1 + x2) / 2) < box.w + w + AIR + Math.abs(x2 - x1) / 2,
  );
  const others = between.length > CROSSINGS_AVOIDED_UP_TO ? [] : between.filter((other) => other !== edge);
  return FRACTIONS.flatMap((t) => {
    const box = { x: x1 + (x2 - x1) * t, y: y1 + (y2 - y1) * t, w, h };
    return near.some((other) => overlaps(box, other))
      ? []
      : [
          {
            box,
            cost: others.reduce(
              (sum, other) => sum + strokeUnder(other, box),
              OFF_MIDDLE * Math.abs(t - 0.5),
            ),
          },
        ];
  });
}

/**
 * The cheapest arrangement of the labels between two columns, a spot each or none, that a search
 * finds within its budget: depth first, each label's cheapest free spot first (so the first
 * arrangement it reaches is each label in turn taking its cheapest), cut wherever even the
 * cheapest spots for the rest cannot do better. Where no label is in another's way, as in a large
 * network, that first arrangement costs no more than the cut allows, and the search ends there.
 */
function arrange(labels: readonly (readonly Spot[])[], budget: number): (Spot | undefined)[] {
  const byCost = labels.map((spots) => [...spots].sort((a, b) => a.cost - b.cost));
  // The least the labels from each one on can cost, for the search to cut what cannot do better.
  const rest = [...byCost.map((spots) => spots[0]?.cost ?? LEFT_OUT), 0];
  for (let k = rest.length - 1; k > 0; k--) rest[k - 1]! += rest[k]!;
  const chosen: (Spot | undefined)[] = [];
  let best = chosen;
  let least = Number.POSITIVE_INFINITY;
  const visit = (k: number, cost: number): void => {
    if (cost + rest[k]! >= least - 1e-9 || budget-- <= 0) return;
    if (k === labels.length) [best, least] = [[...chosen], cost];
    else {
      for (const spot of byCost[k]!)
        if (!chosen.some((other, i) => i < k && other && overlaps(spot.box, other.box))) {
          chosen[k] = spot;
          visit(k + 1, cost + spot.cost);
        }
      chosen[k] = undefined;
      visit(k + 1, cost + LEFT_OUT);
    }
  };
  visit(0, 0);
  return best;
}

/** The boxes of the nodes and their texts, where NetworkDrawing draws them. */
function nodeBoxes(nodes: readonly NodeFacts[], radius: number): Box[] {
  const boxes: Box[] = [];
  // A text by its baseline: glyphs reach 8 px above it, 3 below.
  const text = (x: number, baseline: number, content = '', size = 11) =>
    boxes.push({ x, y: baseline - 2.5, w: halfWidth(content.length, size), h: 5.5 });
  for (const { x, y, kind, value, above, below } of nodes) {
    // A node with a little air around it, so that no label plate touches its outline.
    boxes.push({ x, y, w: shapeHalfWidth(kind, radius) + 2, h: radius + 2 });
    text(x, y + 4.5, value?.text, valueSize(kind, value?.text.length ?? 0));
    text(x, y - radius - 7, above);
    below.forEach((line, i) => text(x, y + radius + 14 + i * LINE, line.text));
  }
  return boxes;
}

/**
 * The labelled edges by the pair of columns they join, grouped once (a large network places its
 * labels at every step): operations' local derivatives first, which have only their short edge to
 * sit on and no tooltip to fall back to, where a weight's label has a long edge.
 */
function byColumns(edges: readonly EdgeFacts[]): EdgeFacts[][] {
  const columns = new Map<string, EdgeFacts[]>();
  for (const edge of edges) {
    const key = `${edge.kind}:${edge.layer}`;
    const group = columns.get(key);
    if (group) group.push(edge);
    else columns.set(key, [edge]);
  }
  return [...columns.values()].sort((a, b) => +isLocal(b[0]!.kind) - +isLocal(a[0]!.kind));
}

/** Each edge's label box (its center and half sizes) by edge key, or undefined where it has none. */
export type Placement = ReadonlyMap<string, Box | undefined>;

/**
 * Each edge's label box, or undefined where no spot is free: the drawing then leaves the label out
 * and its numbers stay in the edge's tooltip. Placed around `before`'s labels, which it includes: a
 * placement of labels every step draws, made once, that a step's own labels go around.
 */
export function placeLabels(
  edges: readonly EdgeFacts[],
  nodes: readonly NodeFacts[],
  radius: number,
  before: Placement = new Map(),
): Placement {
  const taken = [...nodeBoxes(nodes, radius), ...[...before.values()].filter((box) => box !== undefined)];
  const spots = new Map(before);
  for (const group of byColumns(edges)) {
    // Where crossings are not avoided (see spotsAlong), there is nothing to search for beyond each
    // label's nearest free spot: one descent, not a search that would try thousands on every step.
    const chosen = arrange(
      group.map((edge) => spotsAlong(edge, group, taken)),
      group.length > CROSSINGS_AVOIDED_UP_TO ? group.length + 1 : SEARCH_BUDGET,
    );
    group.forEach((edge, i) => {
      const box = chosen[i]?.box;
      if (box) taken.push(box);
      spots.set(edge.key, box);
    });
  }
  return spots;
}
