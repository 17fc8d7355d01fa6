import { describe, expect, test } from 'vitest';
import { divergenceMark } from '../src/divergence-mark.js';
import { clampInto } from '../src/plot-area.js';

/** A 400 × 300 plot at (50, 10); the ✕ keeps 8 px inside it: x in [58, 442], y in [18, 302]. */
const area = { x: 50, y: 10, width: 400, height: 300 };
/** The mark of a run through the points (x0, y0, x1, y1, …), in pixels. */
const mark = (...xy: number[]) =>
  divergenceMark(xy.length / 2, (i) => [xy[2 * i]!, xy[2 * i + 1]!], area, 'SGD diverged at update 9');

describe('clampInto', () => {
  test('moves a point into the rectangle axis by axis, `inset` inside it', () => {
    expect(clampInto(area, [100, 100])).toEqual([100, 100]);
    expect(clampInto(area, [-1e300, 1e5])).toEqual([50, 310]);
    expect(clampInto(area, [Infinity, -Infinity], 8)).toEqual([442, 18]);
  });
});

describe('divergenceMark', () => {
  test('at the last point when that is inside the plot', () => {
    expect(mark(100, 200, 120, 150)).toMatchObject({ x: 120, y: 150 });
  });

  test('at the last point inside the plot, however far off the run ends', () => {
    // As the ellipse's SGD at lr 0.11: a zigzag growing until it overflows.
    expect(mark(120, 200, 100, 100, 100, 250, 100, -1e153, NaN, Infinity)).toMatchObject({ x: 100, y: 250 });
    // Out, back in, and out again: the last point inside counts.
    expect(mark(100, 100, 100, 1000, 300, 200, 600, 200)).toMatchObject({ x: 300, y: 200 });
  });

  test('with no point inside (the view is elsewhere), at the start moved onto the edge', () => {
    expect(mark(-500, 100, -900, 150, -1e200, 150)).toMatchObject({ x: 58, y: 100 });
  });

  test('its label stays inside the plot: moved sideways at the edges, below the ✕ near the top', () => {
    const label = 'x'.repeat(20); // 130 px wide at most
    expect(divergenceMark(1, () => [250, 200], area, label)).toMatchObject({ labelX: 0, labelY: -11 });
    const right = divergenceMark(1, () => [440, 200], area, label);
    expect(right.x + right.labelX + 65).toBe(450);
    const left = divergenceMark(1, () => [60, 15], area, label);
    expect(left.x + left.labelX - 65).toBe(50);
    expect(left.labelY).toBeGreaterThan(0);
  });
});
