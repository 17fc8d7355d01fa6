import type { ViewBox } from './expression/grid.js';
import type { OptimizerProblem, Vec2 } from './problem.js';
import { SURFACES } from './surfaces.js';

/** Margin around what must be seen, as a fraction of the span. */
const MARGIN = 0.15;
/** How far inside a preset's box the start must sit before the box grows to hold it. */
const EDGE = 0.05;
/** Iterates farther than this many start-distances away are a diverging run's flight, not the view. */
const FAR = 50;

function span(lo: number, hi: number, minimum: number): [number, number] {
  const width = Math.max(hi - lo, minimum);
  const mid = (lo + hi) / 2;
  return [mid - (width / 2) * (1 + 2 * MARGIN), mid + (width / 2) * (1 + 2 * MARGIN)];
}

/** The loss range over [x0, x1] for the curve of a 1-D surface. */
function curveRange(problem: OptimizerProblem, x0: number, x1: number): [number, number] {
  const f = problem.surface.compiled.value;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i <= 200; i++) {
    const v = f(x0 + ((x1 - x0) * i) / 200, 0);
    if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  return lo <= hi ? span(lo, hi, 1e-9 + Math.abs(hi) * 0.1) : [-1, 1];
}

/**
 * A sensible default view [xmin, xmax, ymin, ymax]: a preset's own box, grown to hold the start;
 * for a typed expression, the start and the iterates (without runaway ones) with a margin. For
 * 1-D surfaces the y range is the loss range of the curve over the x range.
 */
export function fitViewBox(problem: OptimizerProblem, points: Iterable<Vec2> = []): ViewBox {
  const [sx, sy] = problem.start;
  const source = problem.surface.source;
  let xs: [number, number];
  let ys: [number, number];
  if ('preset' in source) {
    const [x0, x1, y0, y1] = SURFACES[source.preset].view;
    xs = [Math.min(x0, sx - EDGE * (x1 - x0)), Math.max(x1, sx + EDGE * (x1 - x0))];
    ys = [Math.min(y0, sy - EDGE * (y1 - y0)), Math.max(y1, sy + EDGE * (y1 - y0))];
  } else {
    const reach = FAR * Math.max(1, Math.hypot(sx, sy));
    let [x0, x1, y0, y1] = [sx, sx, sy, sy];
    // Thousands of iterates per redraw: plain reads and assignments, no array per point.
    for (const p of points) {
      const x = p[0];
      const y = p[1];
      if (Math.abs(x - sx) > reach || Math.abs(y - sy) > reach) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    const size = Math.max(x1 - x0, y1 - y0, 2);
    xs = span(x0, x1, size);
    ys = span(y0, y1, size);
  }
  if (problem.surface.oneDimensional) ys = curveRange(problem, xs[0], xs[1]);
  return [xs[0], xs[1], ys[0], ys[1]];
}
