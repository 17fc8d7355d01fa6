import { poolBackward, type ConvGeometry, type ConvProblem } from '@dlviz/core';
import { cellKey } from './step-marks.js';

/** The pool's backward routing as far as the steps have pooled. */
export interface RoutingSoFar {
  /** Per filter, the gradient at the pool's input from a 1 on each pooled cell computed so far. */
  readonly gradient: number[][][];
  /**
   * Per filter, the keys (`cellKey`) of the pool's input cells that a window still to come covers:
   * their gradient is not final yet. A cell in no window gets 0 and is never pending.
   */
  readonly pending: readonly ReadonlySet<number>[];
}

/**
 * Predict mode's backward routing: only the pooled cells computed so far (the first `filled[f]` of
 * filter f, row by row) send their gradient back. Routing every window at once would show where each
 * maximum lies before the reader is asked for it.
 */
export function routingSoFar(problem: ConvProblem, g: ConvGeometry, filled: readonly number[]): RoutingSoFar {
  const [kh, kw] = problem.pool!.size;
  const [sh, sw] = problem.pool!.stride;
  const upstream = filled.map((count) =>
    Array.from({ length: g.pooledHeight }, (_, r) =>
      Array.from({ length: g.pooledWidth }, (_, c) => (r * g.pooledWidth + c < count ? 1 : 0)),
    ),
  );
  const pending = filled.map((count) => {
    const keys = new Set<number>();
    for (let at = count; at < g.pooledHeight * g.pooledWidth; at++) {
      const [r, c] = [Math.floor(at / g.pooledWidth), at % g.pooledWidth];
      for (let u = 0; u < kh; u++) for (let v = 0; v < kw; v++) keys.add(cellKey(r * sh + u, c * sw + v));
    }
    return keys;
  });
  return { gradient: poolBackward(problem, upstream), pending };
}
