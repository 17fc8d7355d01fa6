import { describe, expect, test } from 'vitest';
import { divergenceMark, drawnMark, labelLines, labelOffset } from '../src/divergence-mark.js';
import { clampInto } from '../src/plot-area.js';

/** A 400 × 300 plot at (50, 10): x in [50, 450], y in [10, 310]. */
const area = { x: 50, y: 10, width: 400, height: 300 };
/** The mark of a run through the points (x0, y0, x1, y1, …), in pixels. */
const mark = (...xy: number[]) => divergenceMark(xy.length / 2, (i) => [xy[2 * i]!, xy[2 * i + 1]!], area);

describe('clampInto', () => {
  test('moves a point into the rectangle axis by axis, `inset` inside it', () => {
    expect(clampInto(area, [100, 100])).toEqual([100, 100]);
    expect(clampInto(area, [-1e300, 1e5])).toEqual([50, 310]);
    expect(clampInto(area, [Infinity, -Infinity], 8)).toEqual([442, 18]);
  });
});

describe('divergenceMark', () => {
  test('a run whose last finite point is in view diverges there: a ✕ at it', () => {
    expect(mark(100, 200, 120, 150)).toEqual({ kind: 'ends', x: 120, y: 150 });
  });

  test('a run that overflows far off is marked where it leaves the plot, with that update', () => {
    // As the ellipse's SGD at lr 0.11: a zigzag growing until it overflows. Point 2 is the last
    // inside; update 3 takes it through the top edge, straight up.
    const leaves = mark(120, 200, 100, 100, 100, 250, 100, -1e153, NaN, Infinity);
    expect(leaves).toMatchObject({ kind: 'leaves', update: 3, y: 10 });
    expect(leaves!.x).toBeCloseTo(100);
    if (leaves?.kind !== 'leaves') return;
    expect(leaves.dx).toBeCloseTo(0);
    expect(leaves.dy).toBeCloseTo(-1);
    // Out, back in, and out again: it leaves for good the last time, through the right edge.
    expect(mark(100, 100, 100, 1000, 300, 200, 600, 200)).toMatchObject({
      kind: 'leaves',
      update: 3,
      x: 450,
      y: 200,
      dx: 1,
      dy: 0,
    });
    // A diagonal exit crosses the edge it reaches first.
    expect(mark(400, 300, 500, 320)).toMatchObject({ kind: 'leaves', x: 450, y: 310 });
  });

  test('nothing when no point is in view (the view is elsewhere)', () => {
    expect(mark(-500, 100, -900, 150, -1e200, 150)).toBeUndefined();
  });
});

describe('labels', () => {
  test('keep inside the plot: moved sideways at the edges, below the mark near the top', () => {
    const label = ['x'.repeat(20)]; // 130 px wide at most
    expect(labelOffset({ x: 250, y: 200 }, area, label)).toEqual([0, -11]);
    const [right] = labelOffset({ x: 440, y: 200 }, area, label);
    expect(440 + right + 65).toBe(450);
    const [left, below] = labelOffset({ x: 60, y: 15 }, area, label);
    expect(60 + left - 65).toBe(50);
    expect(below).toBeGreaterThan(0);
  });

  test('go on two lines where one would be wider than the plot, raised to end above the mark', () => {
    expect(labelLines('SGD', 'leaves the view at update 3', area)).toEqual([
      'SGD leaves the view at update 3',
    ]);
    const narrow = { ...area, width: 200 };
    const lines = labelLines('SGD (ε = 0.11)', 'leaves the view at update 3', narrow);
    expect(lines).toEqual(['SGD (ε = 0.11)', 'leaves the view at update 3']);
    expect(labelOffset({ x: 150, y: 200 }, narrow, lines)[1]).toBe(-11 - 13);
  });
});

describe('drawnMark', () => {
  const drawn = (...xy: number[]) =>
    drawnMark('SGD', xy.length / 2, (i) => [xy[2 * i]!, xy[2 * i + 1]!], area);

  test('a run that leaves: an arrowhead, shown from the update that takes it out', () => {
    expect(drawn(100, 200, 100, 100, 100, -1e153)).toMatchObject({
      from: 2,
      leaves: true,
      lines: ['SGD leaves the view at update 2'],
    });
  });

  test('the label of a run leaving through the top or bottom clears its arrowhead', () => {
    // Out through the bottom: the 14 px head stands on the edge, the label's baseline 4 px above it.
    const bottom = drawn(100, 200, 100, 300, 100, 1e153)!;
    expect(bottom.y).toBe(area.y + area.height - 14 - 4);
    // Out through the top: the label's letters, rising 9 px from its baseline, start 4 px under the head.
    const top = drawn(100, 200, 100, 100, 100, -1e153)!;
    expect(top.y - 9).toBeCloseTo(area.y + 14 + 4, 9);
    // Out through a side, the head is level with the mark: the label stands above it as over a ✕.
    expect(drawn(300, 200, 400, 200, 1e153, 200)!.y).toBe(200 - 11);
  });

  test('a run that diverges in view: a ✕ there, shown from the update that diverged', () => {
    const mark = drawn(100, 200, 120, 150)!;
    expect(mark).toMatchObject({ from: 2, leaves: false, lines: ['SGD diverged at update 2'] });
    expect(mark.path).toBe('M113,143l14,14m0,-14l-14,14');
  });

  test('runs that stop at one spot share its mark; their labels stack away from it, a line each', () => {
    const stopped = (name: string, y: number, before: ReturnType<typeof drawnMark>[]) =>
      drawnMark(name, 1, () => [150, y], area, 'gradient undefined', before)!;
    const marks: ReturnType<typeof drawnMark>[] = [];
    for (const name of ['SGD', 'Adam', 'Adagrad']) marks.push(stopped(name, 200, marks));
    expect(marks.map((m) => m!.y)).toEqual([189, 176, 163]);
    // Near the top the labels go under the mark, and stack downward.
    const low: ReturnType<typeof drawnMark>[] = [];
    for (const name of ['SGD', 'Adam']) low.push(stopped(name, area.y + 5, low));
    expect(low[1]!.y - low[0]!.y).toBe(13);
    // A mark elsewhere is not stacked on.
    expect(stopped('RMSprop', 120, marks).y).toBe(109);
  });

  test('runs that leave the view side by side keep their labels apart', () => {
    const wide = { x: 0, y: 0, width: 800, height: 300 };
    const leaving = (name: string, x: number, before: ReturnType<typeof drawnMark>[]) =>
      drawnMark(name, 3, (i) => [x, [200, 100, -1e153][i]!], wide, 'diverged', before)!;
    const marks: ReturnType<typeof drawnMark>[] = [];
    for (const [name, x] of [
      ['SGD', 150],
      ['Momentum', 170],
      ['Adam', 700],
    ] as const)
      marks.push(leaving(name, x, marks));
    const [sgd, momentum, adam] = marks.map((m) => m!.y);
    // Momentum's label would cross SGD's, 20 px to its left: it goes a line further from the edge.
    expect(momentum! - sgd!).toBe(13);
    // Adam's, far to the right, crosses neither and stays by its mark.
    expect(adam).toBe(sgd);
  });
});
