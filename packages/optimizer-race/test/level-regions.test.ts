import { contours } from 'd3-contour';
import { describe, expect, test } from 'vitest';
import { keptLines } from '../src/inside-lines.js';
import { levelRegions } from '../src/level-regions.js';

/** A size × size grid of f over [-3, 3]², row by row as the widget samples it. */
function sample(f: (x: number, y: number) => number, size: number): Float64Array {
  const grid = new Float64Array(size * size);
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++)
      grid[j * size + i] = f(-3 + (6 * i) / (size - 1), -3 + (6 * j) / (size - 1));
  return grid;
}

/** Every ring point of a region, in whole-grid coordinates and in order, as text. */
function points(polygons: number[][][][], [dx, dy]: [number, number]): string[] {
  return polygons.flat(2).map(([x, y]) => `${(x! + dx).toFixed(9)},${(y! + dy).toFixed(9)}`);
}

const surfaces = {
  bowl: (x: number, y: number) => x * x + y * y,
  himmelblau: (x: number, y: number) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  saddle: (x: number, y: number) => x * x - y * y,
  rosenbrock: (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  'abs ridge': (x: number, y: number) => Math.abs(x) + 0.3 * y * y,
};

describe('levelRegions', () => {
  test.each(Object.entries(surfaces))(
    '%s: the rings traced on each crop, without the lines inside, are the rings of the whole grid',
    (_, f) => {
      const size = 61;
      const grid = sample(f, size);
      const sorted = [...grid].sort((a, b) => a - b);
      const levels = [0.02, 0.1, 0.3, 0.6, 0.9, 0.97, 0.995].map(
        (q) => sorted[Math.floor(q * (sorted.length - 1))]!,
      );
      const negated = Array.from(grid, (v) => -v);
      for (const region of levelRegions(grid, size, levels)) {
        const whole = contours().size([size, size]).contour(negated, -region.value);
        expect(points(region.polygons, region.origin)).toEqual(points(whole.coordinates, [0, 0]));
      }
    },
  );

  test('a level covering all but the corners leaves the rows and columns inside out of the trace', () => {
    const size = 61;
    const grid = sample(surfaces.bowl, size);
    const rowMax = Float64Array.from({ length: size }, (_, j) =>
      Math.max(...grid.subarray(j * size, (j + 1) * size)),
    );
    // x² + y² ≤ 12 holds on whole rows for |y| up to about 1.7 of 3.
    expect(keptLines(rowMax, 0, size - 1, 12).length).toBeLessThan(size / 2);
    expect(keptLines(rowMax, 0, size - 1, 1).length).toBe(size);
  });

  test('a level below every sample has no region', () => {
    const [region] = levelRegions(sample(surfaces.bowl, 11), 11, [-1]);
    expect(region!.polygons).toEqual([]);
  });
});
