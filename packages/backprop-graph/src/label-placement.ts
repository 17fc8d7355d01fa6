/**
 * Where each edge's label goes, so that no label covers another or a node with its texts. A greedy
 * pass over label boxes: each label, in edge order, takes the first free spot along its edge, trying
 * the middle first (where it reads as that edge's) and then outward. A box holds all of a label's
 * lines, so the label keeps its place as the steps reveal them.
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

const overlaps = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) < a.w + b.w + AIR && Math.abs(a.y - b.y) < a.h + b.h + AIR;

interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * Whether a segment runs under a box (Liang–Barsky clipping): another edge under a label's plate,
 * at a crossing, makes the label read as that edge's as much as its own.
 */
export function runsUnder(s: Segment, box: Box): boolean {
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
      if (q < 0) return false;
    } else if (p < 0) enter = Math.max(enter, q / p);
    else leave = Math.min(leave, q / p);
  }
  return enter <= leave;
}

/** Above this many edges between two columns, crossings are everywhere and not worth avoiding. */
const CROSSINGS_AVOIDED_UP_TO = 24;

/**
 * Each edge's label box (its center and half sizes), or undefined where no spot is free: the drawing
 * then leaves the label out and its numbers stay in the edge's tooltip.
 */
export function placeLabels(
  edges: readonly EdgeFacts[],
  nodes: readonly NodeFacts[],
  radius: number,
): Map<string, Box | undefined> {
  const taken: Box[] = [];
  // A node's texts where NetworkDrawing writes them, by baseline: glyphs reach 8 px above it, 3 below.
  const text = (x: number, baseline: number, content = '', size = 11) =>
    taken.push({ x, y: baseline - 2.5, w: halfWidth(content.length, size), h: 5.5 });
  for (const { x, y, kind, value, above, below } of nodes) {
    // A node with a little air around it, so that no label plate touches its outline.
    taken.push({ x, y, w: shapeHalfWidth(kind, radius) + 2, h: radius + 2 });
    text(x, y + 4.5, value?.text, valueSize(kind, value?.text.length ?? 0));
    text(x, y - radius - 7, above);
    below.forEach((line, i) => text(x, y + radius + 14 + i * LINE, line.text));
  }
  const spots = new Map<string, Box | undefined>();
  // An operation's local derivative has only its short edge to sit on, and no tooltip to fall back
  // to, where a weight's label has a long edge: the local ones choose first.
  const ordered = [...edges].sort((a, b) => Number(isLocal(b.kind)) - Number(isLocal(a.kind)));
  for (const { key, x1, y1, x2, y2, lines } of ordered) {
    const w = halfWidth(Math.max(...lines.map((line) => line.text.length))) + HALO;
    const h = (lines.length * LINE) / 2 + HALO;
    const box = FRACTIONS.map((t) => ({ x: x1 + (x2 - x1) * t, y: y1 + (y2 - y1) * t, w, h })).find(
      (box) => !taken.some((other) => overlaps(box, other)),
    );
    if (box) taken.push(box);
    spots.set(key, box);
  }
  moveOffCrossings(edges, spots, taken);
  return spots;
}

/**
 * Moves each label that sits where another edge between the same columns crosses its own to a free
 * spot along its edge clear of them, if there is one. Every label keeps a spot: it only moves into
 * room no other text takes.
 */
function moveOffCrossings(
  edges: readonly EdgeFacts[],
  spots: Map<string, Box | undefined>,
  taken: Box[],
): void {
  // The edges between each pair of columns, grouped once: a large network places its labels anew
  // at every step, and filtering all edges for each one grew with the square of their number.
  const columns = new Map<string, EdgeFacts[]>();
  for (const edge of edges) {
    const key = `${edge.kind}:${edge.layer}`;
    const group = columns.get(key);
    if (group) group.push(edge);
    else columns.set(key, [edge]);
  }
  for (const edge of edges) {
    const box = spots.get(edge.key);
    const between = columns.get(`${edge.kind}:${edge.layer}`)!;
    if (!box || between.length > CROSSINGS_AVOIDED_UP_TO) continue;
    const crossed = (spot: Box) => between.some((other) => other !== edge && runsUnder(other, spot));
    if (!crossed(box)) continue;
    const rest = taken.filter((other) => other !== box);
    const clear = FRACTIONS.map((t) => ({
      ...box,
      x: edge.x1 + (edge.x2 - edge.x1) * t,
      y: edge.y1 + (edge.y2 - edge.y1) * t,
    })).find((spot) => !rest.some((other) => overlaps(spot, other)) && !crossed(spot));
    if (!clear) continue;
    taken[taken.indexOf(box)] = clear;
    spots.set(edge.key, clear);
  }
}
