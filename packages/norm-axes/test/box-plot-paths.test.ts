import { expect, test } from 'vitest';
import { boxPlotPaths } from '../src/box-plot-paths.js';

const summary = { count: 4, min: 1, q1: 2, median: 3, q3: 5, max: 8, mean: 4, std: 2 };

test('each row adds one subpath per mark, at the row and in the order the marks are painted', () => {
  const paths = boxPlotPaths(
    [summary, { ...summary, q3: 2 }],
    (v) => 10 * v,
    (r) => 20 + 20 * r,
  );
  expect(paths.whiskers).toBe('M10 20H80M10 40H80');
  // A box narrower than one unit is drawn one unit wide, as the rectangles were.
  expect(paths.boxes).toBe('M20 14h30v12H20zM20 34h1v12H20z');
  expect(paths.medians).toBe('M30 14V26M30 34V46');
  expect(paths.spreads).toBe('M20 28H60M20 48H60');
  expect(paths.means).toBe(
    'M37.5 28a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M37.5 48a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0',
  );
});

test('no rows, no marks', () => {
  expect(
    boxPlotPaths(
      [],
      (v) => v,
      (r) => r,
    ),
  ).toEqual({
    whiskers: '',
    boxes: '',
    medians: '',
    spreads: '',
    means: '',
  });
});
