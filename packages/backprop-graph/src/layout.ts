/**
 * Where things go in the two views of one network. `neurons` is the diagram exams draw: a circle per
 * input and unit, an edge per weight, the loss at the right. `graph` is the computational graph: each
 * unit split into its operations, multiply by the weights (W·a), add the bias (z) and activate (a), so
 * the backward pass can show the gradient before and after each one. Pure geometry.
 */
import type { TextRoom } from './text-room.js';

export type View = 'neurons' | 'graph';

export type NodeKind = 'input' | 'unit' | 'multiply' | 'add' | 'activation' | 'loss';

export interface NodeSpot {
  readonly key: string;
  readonly kind: NodeKind;
  /** -1 for the inputs; the layer's index otherwise (the loss has the last layer's). */
  readonly layer: number;
  readonly unit: number;
  readonly x: number;
  readonly y: number;
}

/**
 * weight: W[layer][row][column]; in the graph view, add: a unit's weighted sum into its bias's add,
 * local: its z into its activation; loss: output `row` into the loss.
 */
export interface EdgeSpot {
  readonly key: string;
  readonly kind: 'weight' | 'add' | 'local' | 'loss';
  readonly layer: number;
  readonly row: number;
  readonly column: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface ColumnSpot {
  readonly x: number;
  readonly kind: NodeKind;
  readonly layer: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  readonly columns: readonly ColumnSpot[];
  readonly nodes: readonly NodeSpot[];
  readonly edges: readonly EdgeSpot[];
}

/** Line height of the drawing's texts. */
export const LINE = 13;
/** A unit's circle. */
export const RADIUS = 21;

const MARGIN = 64;
/**
 * Where the first row's band begins: below the column headings (two lines, to 38 px), with room
 * for nothing else, as the band itself holds its unit's bias above the circle. At 64 a blank strip
 * as tall as a row's labels stood between the headings and the drawing.
 */
const TOP = 40;
/**
 * Room per unit: the node, its bias above, up to four lines of values below (a neuron's z, ∂a, ∂z
 * and its bias's update), and edge labels between. Between one unit's last line and the next one's
 * bias, a blank line's air: at 13 px they read as one block, and a bias's update as the next unit's.
 * The graph view's operations have fewer lines below, but its weights cross the same way: rows any
 * closer left an exam's 2-3 layer no way to set its six three-line labels off the crossings.
 */
const ROW_GAP = 126;
const SPACING: Record<View, [number, number]> = { neurons: [104, 180], graph: [104, 136] };
/** The least gap that weights cross: room for the six three-line labels of an exam's 2-3 layer. */
const WEIGHT_GAP = 200;
/** From a multiply to its add: two boxes and the add's local derivative, always "×1". */
const ADD_GAP = 84;
/** Between the texts of neighbouring columns. */
const TEXT_GAP = 8;

/** Whether an edge carries a local derivative (graph view), where the others carry weights. */
export const isLocal = (kind: EdgeSpot['kind']): boolean => kind === 'add' || kind === 'local';

/** Operations and the loss are boxes, inputs, units and activations circles. */
export const isBox = (kind: NodeKind): boolean => kind === 'multiply' || kind === 'add' || kind === 'loss';

/** Half the width of a node's shape. */
export const shapeHalfWidth = (kind: NodeKind, radius: number): number =>
  kind === 'loss' ? 34 : isBox(kind) ? 27 : radius;

/** Half a text's width at `size` px: monospace glyphs are about 0.6 em wide. */
export const halfWidth = (chars: number, size = 11): number => chars * 0.3 * size;

/**
 * The size of a node's value: 12 px, smaller where that would overflow its shape (−0.8617 in a unit).
 * It keeps 3 px clear of each side: a circle's chord at the text's top and bottom is shorter than
 * its diameter, and a thick outline (the step's result) eats into it; 2 px left 0.2772 touching it.
 */
export const valueSize = (kind: NodeKind, chars: number): number =>
  Math.min(12, (2 * shapeHalfWidth(kind, RADIUS) - 6) / (0.6 * Math.max(chars, 1)));
/** Room around an edge label: the margin of its background plate, where crossing edges stop. */
export const HALO = 3;

export const nodeKey = (kind: NodeKind, layer: number, unit: number): string => `${kind}:${layer}:${unit}`;
export const weightKey = (layer: number, row: number, column: number): string =>
  `w:${layer}:${row}:${column}`;

/**
 * `widths` holds the input size, then each layer's unit count; `room` how wide the texts are. Column
 * spacing follows the space available between its bounds, so an exam network fits a phone and a
 * deep one scrolls, and never puts two columns' texts, or an operation's local derivative between
 * them, closer than they fit.
 */
export function networkLayout(
  widths: readonly number[],
  view: View,
  available: number,
  room: TextRoom,
): NetworkLayout {
  const layers = widths.length - 1;
  const kinds: ColumnSpot['kind'][] = ['input'];
  const columnLayer = [-1];
  for (let l = 0; l < layers; l++) {
    if (view === 'graph') {
      kinds.push('multiply', 'add', 'activation');
      columnLayer.push(l, l, l);
    } else {
      kinds.push('unit');
      columnLayer.push(l);
    }
  }
  kinds.push('loss');
  columnLayer.push(layers - 1);

  // Weights lead into multiplies (graph) or units (neurons). Their gap holds four and a half of its
  // widest labels side by side, five where nine edges or more cross (a 3-3 layer), room to stagger
  // them where edges cross and converge with air between them; an add sits close to its multiply;
  // the other gaps (one short label each, or none) share what is left of the width.
  const side = (layer: number) => (widths[layer]! * widths[layer + 1]! >= 9 ? 5 : 4.5);
  const rooms = kinds.map((kind, c) => {
    const layer = columnLayer[c]!;
    if (kind === 'add') return ADD_GAP;
    if (!c || (kind !== 'multiply' && kind !== 'unit')) return 0;
    return Math.max(WEIGHT_GAP, side(layer) * 2 * (halfWidth(room.weightChars[layer]!) + HALO));
  });
  /** The least gap before column c: its texts and its neighbour's apart, an operation's label between. */
  const least = (c: number) => {
    const [left, right, layer] = [kinds[c - 1]!, kinds[c]!, columnLayer[c]!];
    const leftLayer = columnLayer[c - 1]!;
    const label =
      right === 'add' ? 2 * (halfWidth(2) + HALO) : right === 'activation' ? 2 * room.local(layer) : 0;
    // The label goes midway along its edge, so it needs the wider side's clearance on both, and a
    // little air on each side so that it does not read as one with a node's value.
    return Math.max(
      room.half(left, leftLayer) + room.half(right, layer) + TEXT_GAP,
      2 * Math.max(shapeHalfWidth(left, RADIUS), shapeHalfWidth(right, RADIUS)) + label + TEXT_GAP,
    );
  };
  const shared = rooms.filter((room, c) => c && !room).length;
  const [low, high] = SPACING[view];
  const left = available - 2 * MARGIN - 24 - rooms.reduce((sum, room) => sum + room);
  const spacing = Math.min(high, Math.max(low, left / shared));
  const tallest = Math.max(...widths);
  let x = MARGIN;
  const columns = kinds.map((kind, c) => ({
    x: (x += c && Math.max(rooms[c] || spacing, least(c))),
    kind,
    layer: columnLayer[c]!,
  }));
  const rowY = (count: number, unit: number) => TOP + ((tallest - count) / 2 + unit + 0.5) * ROW_GAP;

  const nodes: NodeSpot[] = [];
  const at = new Map<string, NodeSpot>();
  const place = (spot: NodeSpot) => {
    nodes.push(spot);
    at.set(spot.key, spot);
  };
  columns.forEach(({ x, kind, layer }) => {
    const count = kind === 'loss' ? 1 : kind === 'input' ? widths[0]! : widths[layer + 1]!;
    for (let unit = 0; unit < count; unit++) {
      const y = kind === 'loss' ? rowY(1, 0) : rowY(count, unit);
      place({ key: nodeKey(kind, layer, unit), kind, layer, unit, x, y });
    }
  });

  const unitKind: NodeKind = view === 'graph' ? 'activation' : 'unit';
  const source = (layer: number, unit: number) =>
    at.get(layer < 0 ? nodeKey('input', -1, unit) : nodeKey(unitKind, layer, unit))!;
  const target = (layer: number, unit: number) =>
    at.get(nodeKey(view === 'graph' ? 'multiply' : 'unit', layer, unit))!;
  const add = (layer: number, unit: number) => at.get(nodeKey('add', layer, unit))!;
  const edge = (
    key: string,
    kind: EdgeSpot['kind'],
    layer: number,
    row: number,
    column: number,
    from: NodeSpot,
    to: NodeSpot,
  ): EdgeSpot => ({
    key,
    kind,
    layer,
    row,
    column,
    x1: from.x,
    y1: from.y,
    x2: to.x,
    y2: to.y,
  });

  const edges: EdgeSpot[] = [];
  for (let l = 0; l < layers; l++) {
    const rows = widths[l + 1]!;
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < widths[l]!; i++)
        edges.push(edge(weightKey(l, j, i), 'weight', l, j, i, source(l - 1, i), target(l, j)));
      if (view === 'graph')
        edges.push(
          edge(`add:${l}:${j}`, 'add', l, j, 0, target(l, j), add(l, j)),
          edge(`local:${l}:${j}`, 'local', l, j, 0, add(l, j), source(l, j)),
        );
    }
  }
  // The outputs meet the loss at the middle of its left side, not its center: coming in at its
  // corners, the top one ran under the formula written above the box.
  const lossBox = at.get(nodeKey('loss', layers - 1, 0))!;
  const loss = { ...lossBox, x: lossBox.x - shapeHalfWidth('loss', RADIUS) };
  for (let k = 0; k < widths[layers]!; k++)
    edges.push(edge(`loss:${k}`, 'loss', layers - 1, k, 0, source(layers - 1, k), loss));

  const last = columns[columns.length - 1]!;
  return {
    // The loss's texts (its target) may reach further right than the margin.
    width: last.x + Math.max(MARGIN + 24, room.half(last.kind, last.layer) + TEXT_GAP),
    // Below the last row, room for its units' fourth line of values.
    height: TOP + tallest * ROW_GAP + 16 + LINE,
    radius: RADIUS,
    columns,
    nodes,
    edges,
  };
}
