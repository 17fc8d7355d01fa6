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
 * A sensible default view [xmin, xmax, ymin, ymax]: a 2-D preset's own box, grown to hold the start;
 * otherwise the start and the iterates (without runaway ones), and a preset curve's minimum, with a
 * margin. A curve is framed so, as its exam questions start next to the minimum and step across it:
 * in a preset's fixed box the few tenths they move were a pile of labels at the bottom of the curve.
 * For 1-D surfaces the y range is the loss range of the curve over the x range.
 */
export function fitViewBox(problem: OptimizerProblem, points: Iterable<Vec2> = []): ViewBox {
  const [sx, sy] = problem.start;
  const source = problem.surface.source;
  const oneDimensional = problem.surface.oneDimensional;
  let xs: [number, number];
  let ys: [number, number];
  if ('preset' in source && !oneDimensional) {
    const [x0, x1, y0, y1] = SURFACES[source.preset].view;
    xs = [Math.min(x0, sx - EDGE * (x1 - x0)), Math.max(x1, sx + EDGE * (x1 - x0))];
    ys = [Math.min(y0, sy - EDGE * (y1 - y0)), Math.max(y1, sy + EDGE * (y1 - y0))];
  } else {
    const reach = FAR * Math.max(1, Math.hypot(sx, sy));
    let [x0, x1, y0, y1] = [sx, sx, sy, sy];
    const minima = 'preset' in source ? SURFACES[source.preset].minima : [];
    // Thousands of iterates per redraw: plain reads and assignments, no array per point.
    for (const iterates of [points, minima])
      for (const p of iterates) {
        const x = p[0];
        const y = p[1];
        if (Math.abs(x - sx) > reach || Math.abs(y - sy) > reach) continue;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    // A curve's y is its loss, fitted below; across, a unit is room for a step's arrows and labels.
    const size = oneDimensional ? Math.max(x1 - x0, 1) : Math.max(x1 - x0, y1 - y0, 2);
    xs = span(x0, x1, size);
    ys = span(y0, y1, size);
  }
  if (oneDimensional) ys = curveRange(problem, xs[0], xs[1]);
  return [xs[0], xs[1], ys[0], ys[1]];
}
