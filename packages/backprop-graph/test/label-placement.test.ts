import { backpropPresets, backpropTrace, type BackpropProblem } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { edgeFacts, nodeFacts, type EdgeFacts, type NodeFacts } from '../src/drawing-facts.js';
import { placeLabels, runsUnder } from '../src/label-placement.js';
import { halfWidth, isLocal, networkLayout, valueSize, type View } from '../src/layout.js';
import { randomProblem } from '../src/random-problem.js';
import { Reveal } from '../src/reveal.js';
import { textRoom } from '../src/text-room.js';

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
/**
 * Whether two rectangles come closer than `air`. Texts that merely do not overlap can still touch, and
 * texts 2 px apart read as one block (a line's own glyphs are that close to the next line's): the
 * texts of different things keep CLEAR apart.
 */
const meet = (a: Rect, b: Rect, air = CLEAR) =>
  a.left < b.right + air && b.left < a.right + air && a.top < b.bottom + air && b.top < a.bottom + air;
const CLEAR = 6;
const around = (x: number, y: number, w: number, h: number): Rect => ({
  left: x - w,
  right: x + w,
  top: y - h,
  bottom: y + h,
});

/** The drawing of a preset in one view and width: its labelled edges, nodes and label spots. */
function drawing(problem: (typeof backpropPresets)[number]['problem'], view: View, available: number) {
  const trace = backpropTrace(problem);
  const widths = [problem.input.length, ...problem.layers.map((l) => l.bias.length)];
  const reveal = new Reveal(trace.sections);
  const layout = networkLayout(widths, view, available, textRoom(problem, trace, reveal, widths));
  const edges = edgeFacts(problem, trace, reveal, layout).filter((e) => e.lines.length > 0);
  const nodes = nodeFacts(problem, trace, reveal, layout);
  return { layout, edges, nodes, spots: placeLabels(edges, nodes, layout.radius) };
}

/** Every text a node shows, and its shape, as rectangles (the glyphs' extent, not the layout's own boxes). */
function nodeRects(node: NodeFacts, radius: number): Rect[] {
  const line = (baseline: number, text: string, size = 11) => ({
    left: node.x - halfWidth(text.length, size),
    right: node.x + halfWidth(text.length, size),
    top: baseline - 8,
    bottom: baseline + 2,
  });
  return [
    around(node.x, node.y, node.kind === 'loss' ? 34 : /multiply|add/.test(node.kind) ? 27 : radius, radius),
    // A value is drawn smaller where it would overflow its node.
    line(node.y + 4.5, node.value?.text ?? '', valueSize(node.kind, node.value?.text.length ?? 0)),
    line(node.y - radius - 7, node.above),
    ...node.below.map((l, i) => line(node.y + radius + 14 + i * 13, l.text)),
  ];
}

/** A label's text block: all its lines, centered on its spot. */
function labelRect(edge: EdgeFacts, spot: { x: number; y: number }): Rect {
  const w = halfWidth(Math.max(...edge.lines.map((l) => l.text.length)));
  return around(spot.x, spot.y + 1.5, w, (edge.lines.length * 13) / 2);
}

describe('edge label placement', () => {
  test.each(
    backpropPresets.flatMap(({ id, problem }) =>
      (['graph', 'neurons'] as const).flatMap((view) =>
        [360, 1000].map((w) => [id, view, w, problem] as const),
      ),
    ),
  )(
    '%s, %s view at %i px: no label comes near another label, a node or its texts',
    (_, view, available, problem) => {
      const { layout, edges, nodes, spots } = drawing(problem, view, available);
      const obstacles = nodes.flatMap((n) => nodeRects(n, layout.radius));
      const placed = edges.filter((e) => spots.get(e.key)).map((e) => labelRect(e, spots.get(e.key)!));
      placed.forEach((label, i) => {
        expect(obstacles.filter((o) => meet(label, o))).toEqual([]);
        expect(placed.slice(i + 1).filter((other) => meet(label, other))).toEqual([]);
      });
      // Each label sits on its own edge, between its ends.
      for (const e of edges) {
        const spot = spots.get(e.key);
        if (!spot) continue;
        const t = (spot.x - e.x1) / (e.x2 - e.x1);
        expect(t).toBeGreaterThan(0.1);
        expect(t).toBeLessThan(0.9);
        expect(spot.y).toBeCloseTo(e.y1 + (e.y2 - e.y1) * t, 6);
      }
    },
  );

  // A label with no spot leaves its numbers to a tooltip, and takes the biases' updates with it (the
  // drawing then leaves those out so that the labels fit): at the last steps a student would miss them.
  test.each(
    backpropPresets.flatMap(({ id, problem }) =>
      (['graph', 'neurons'] as const).map((view) => [id, view, problem] as const),
    ),
  )(
    '%s, %s view: finds a spot for every label beside the biases’ updates, on a phone and a laptop',
    (_, view, problem) => {
      for (const available of [360, 1000]) {
        const { edges, spots } = drawing(problem, view, available);
        expect(edges.filter((e) => !spots.get(e.key)).map((e) => e.key)).toEqual([]);
      }
    },
  );

  test('labels move off crossings where there is room: the exam networks read edge by edge', () => {
    const crossed = (id: string, view: View) => {
      const problem = backpropPresets.find((p) => p.id === id)!.problem;
      const { edges, spots } = drawing(problem, view, 1000);
      return edges.filter((e) =>
        edges.some(
          (o) => o !== e && o.layer === e.layer && o.kind === e.kind && runsUnder(o, spots.get(e.key)!),
        ),
      ).length;
    };
    // Before: 5 of Duke's 12 labels sat on a crossing, 2 of ITM's 8, 5 of the vanishing network's 22.
    expect(crossed('duke-q9-leaky-mlp', 'neurons')).toBeLessThanOrEqual(1);
    expect(crossed('itm528-relu', 'neurons')).toBe(0);
    expect(crossed('vanishing-sigmoid', 'neurons')).toBe(0);
    expect(crossed('vanishing-sigmoid', 'graph')).toBe(0);
  });

  /** A label's plate: its box as placed (center and half sizes, the plate's margin included). */
  interface Plate {
    x: number;
    y: number;
    w: number;
    h: number;
  }
  /** Whether another edge's stroke, as wide as it is drawn (plus `air`), runs under a plate. */
  const strokeUnder = (other: EdgeFacts, plate: Plate, air = 0) => {
    const grow = other.width / 2 + air;
    return runsUnder(other, { ...plate, w: plate.w + grow, h: plate.h + grow });
  };
  /** The labels between one pair of columns that another edge between them runs under. */
  const crossedLabels = (edges: EdgeFacts[], spots: ReturnType<typeof placeLabels>) =>
    edges.filter((e) =>
      edges.some(
        (o) => o !== e && o.layer === e.layer && o.kind === e.kind && strokeUnder(o, spots.get(e.key)!),
      ),
    );

  test('the Duke graph view spreads its first labels along their edges, off the crossings in the middle', () => {
    const duke = backpropPresets.find((p) => p.id === 'duke-q9-leaky-mlp')!.problem;
    for (const available of [360, 1000]) {
      const { edges, spots } = drawing(duke, 'graph', available);
      const first = edges.filter((e) => e.kind === 'weight' && e.layer === 0);
      const plates = first.map((e) => spots.get(e.key)!);
      // No two plates of the six come within the air that keeps them apart.
      plates.forEach((a, i) =>
        plates
          .slice(i + 1)
          .forEach((b) =>
            expect(meet(around(a.x, a.y, a.w, a.h), around(b.x, b.y, b.w, b.h), 3)).toBe(false),
          ),
      );
      // The labels of the edges into one multiply are not stacked in one vertical band, where they
      // read as one block over the crossing: the lower one is off to a side of the upper one.
      for (const row of [0, 1, 2]) {
        const [a, b] = first.filter((e) => e.row === row).map((e) => spots.get(e.key)!);
        expect(Math.abs(a!.x - b!.x)).toBeGreaterThanOrEqual(a!.w + b!.w);
      }
      // Before: 4 of the six had another edge's stroke under them; now one, where no spot is clear.
      expect(crossedLabels(first, spots).map((e) => e.key)).toEqual(['w:0:1:1']);
    }
  });

  test.each(
    backpropPresets.flatMap(({ id, problem }) =>
      (['graph', 'neurons'] as const).map((view) => [id, view, problem] as const),
    ),
  )(
    '%s, %s view: a label with another edge under it has no free spot along its own edge clear of them',
    (_, view, problem) => {
      const { layout, edges, nodes, spots } = drawing(problem, view, 1000);
      // Stricter than the placement on every count, so that a spot free here is free there too.
      const obstacles = nodes.flatMap((n) => nodeRects(n, layout.radius));
      for (const edge of crossedLabels(edges, spots)) {
        const mine = spots.get(edge.key)!;
        const others = edges.filter((o) => o !== edge && spots.get(o.key)).map((o) => spots.get(o.key)!);
        const between = edges.filter((o) => o !== edge && o.layer === edge.layer && o.kind === edge.kind);
        // The spots the placement tries: every 4 % of the edge from 14 % to 86 %.
        const free = Array.from({ length: 19 }, (_, i) => 0.14 + i * 0.04)
          .map((t) => ({
            ...mine,
            x: edge.x1 + (edge.x2 - edge.x1) * t,
            y: edge.y1 + (edge.y2 - edge.y1) * t,
          }))
          .filter((spot) => {
            const plate = around(spot.x, spot.y, spot.w, spot.h);
            return (
              !obstacles.some((o) => meet(plate, o, 5)) &&
              !others.some((o) => meet(plate, around(o.x, o.y, o.w, o.h), 3.5)) &&
              !between.some((o) => strokeUnder(o, spot, 2.5))
            );
          });
        expect(free, edge.key).toEqual([]);
      }
    },
  );

  test('the Duke network fits the docs page: its neurons on a 1024 px screen, its graph from 1280 px', () => {
    // The widget's width on the docs page at those screen widths (measured in Chromium).
    const duke = backpropPresets.find((p) => p.id === 'duke-q9-leaky-mlp')!.problem;
    expect(drawing(duke, 'neurons', 966).layout.width).toBeLessThanOrEqual(966);
    expect(drawing(duke, 'graph', 1126).layout.width).toBeLessThanOrEqual(1126);
  });

  test.each(['vanishing-sigmoid', 'duke-q9-leaky-mlp'])(
    "%s: placed around the steady labels' placement, the moving ones land where placing all at once puts them",
    (id) => {
      // A large network places its local derivatives once and a step's highlighted weights around
      // them (see NetworkDrawing): that must change no spot.
      const { layout, edges, nodes } = drawing(
        backpropPresets.find((p) => p.id === id)!.problem,
        'graph',
        1280,
      );
      const steady = edges.filter((e) => isLocal(e.kind));
      const moving = edges.filter((e) => !isLocal(e.kind) && e.layer % 2 === 0);
      const whole = placeLabels([...steady, ...moving], nodes, layout.radius);
      const around = placeLabels(moving, nodes, layout.radius, placeLabels(steady, nodes, layout.radius));
      expect([...around]).toEqual([...whole]);
      expect(steady.length * moving.length).toBeGreaterThan(0);
      expect([...around.keys()].sort()).toEqual([...steady, ...moving].map((e) => e.key).sort());
    },
  );

  test('crossing edges: the second label moves along its edge off the crossing; with no room it is left out', () => {
    const edge = (key: string, y1: number, y2: number, x2: number): EdgeFacts => ({
      key,
      kind: 'weight',
      layer: 0,
      row: 0,
      column: 0,
      x1: 0,
      y1,
      x2,
      y2,
      lines: [{ text: '0.5', at: 0 }],
      gradientAt: 0,
      width: 1,
      dash: '',
    });
    const crossing = placeLabels([edge('a', 0, 100, 200), edge('b', 100, 0, 200)], [], 21);
    const [a, b] = [crossing.get('a')!, crossing.get('b')!];
    // Neither sits on the crossing, where it would read as the other edge's too; each on its own edge.
    expect(runsUnder(edge('b', 100, 0, 200), a)).toBe(false);
    expect(runsUnder(edge('a', 0, 100, 200), b)).toBe(false);
    expect(a.y).toBeCloseTo(a.x / 2, 6);
    expect(b.y).toBeCloseTo(100 - b.x / 2, 6);
    // 30 px: too short for two labels even at its ends (one of 40 fits one at each end).
    const crowded = placeLabels([edge('a', 0, 0, 30), edge('b', 0, 0, 30)], [], 21);
    expect(crowded.get('a')).toBeDefined();
    expect(crowded.get('b')).toBeUndefined();
  });
});

/** The presets, their random draws (values of every length) and a tanh network with long derivatives. */
const problems = [
  ...backpropPresets.map(({ id, problem }) => [id, problem] as const),
  ...backpropPresets.flatMap(({ id, problem }) =>
    [1, 2, 3].map((seed) => [`${id} drawn from seed ${seed}`, randomProblem(problem, seed)] as const),
  ),
  [
    'a 2-2-1 tanh and sigmoid network',
    {
      widget: 'backprop',
      input: [1, 2],
      target: [0.5],
      layers: [
        {
          weights: [
            [1, 0.75],
            [0.5, -1],
          ],
          bias: [0, 0.2],
          activation: { type: 'tanh' },
        },
        { weights: [[1, -1]], bias: [0], activation: { type: 'sigmoid' } },
      ],
      loss: { type: 'mse', reduction: 'halfSum' },
      learningRate: 0.1,
    } satisfies BackpropProblem,
  ] as const,
];

describe('local derivatives', () => {
  test.each(problems.flatMap(([id, problem]) => [360, 1000].map((w) => [id, w, problem] as const)))(
    '%s at %i px: every operation’s local derivative finds a spot (it has no tooltip to fall back to)',
    (_id, width, problem) => {
      const { edges, spots } = drawing(problem, 'graph', width);
      for (const edge of edges.filter((e) => isLocal(e.kind))) expect(spots.get(edge.key)).toBeDefined();
    },
  );
});

describe('node texts', () => {
  test.each(
    problems.flatMap(([id, problem]) =>
      (['graph', 'neurons'] as const).map((v) => [id, v, problem] as const),
    ),
  )('%s, %s view: no node’s texts come near another’s, its bias’s update included', (_id, view, problem) => {
    // Every line a node ever shows (the last steps add its bias's update under it), at a phone's
    // width and a laptop's.
    for (const width of [360, 1000]) {
      const { layout, nodes } = drawing(problem, view, width);
      expect(nodes.some((n) => n.below.some((line) => line.update))).toBe(true);
      const rects = nodes.map((n) => nodeRects(n, layout.radius));
      rects.forEach((mine, i) =>
        rects.slice(i + 1).forEach((theirs, j) => {
          const met = mine.flatMap((a) => theirs.filter((b) => meet(a, b)));
          expect(met, `${nodes[i]!.key} and ${nodes[i + 1 + j]!.key} at ${width} px`).toEqual([]);
        }),
      );
    }
  });
});
