import { OPTIMIZERS } from './catalog.js';
import { raceNoise } from './noise.js';
import type { Optimizer, OptimizerProblem } from './problem.js';
import { A, DELTA, UPDATE_SLOTS, V, evaluationPoint, updateCoordinate } from './update.js';

/**
 * One optimizer's run, compact: flat arrays (x, y interleaved) indexed by update number, from which
 * the trace rebuilds any update on demand and the solution reads its points.
 */
export interface Run {
  readonly optimizer: Optimizer;
  /** Position in the problem's list (the JSON path's index). */
  readonly index: number;
  /** Updates made. When diverged, the last one is the update that left the finite numbers. */
  readonly updates: number;
  /** Updates asked for (the problem's steps): the trace runs this long however early a run diverged. */
  readonly steps: number;
  readonly diverged: boolean;
  /**
   * It stopped because the gradient was not a number where it was taken (sqrt(x^2 + y^2) at its
   * tip, 0/0): nothing grew, so this is said instead of "diverged", though the run ends the same way.
   */
  readonly undefinedGradient: boolean;
  /** θ_t and f(θ_t) for t = 0 … updates. */
  readonly theta: Float64Array;
  readonly f: Float64Array;
  /** Exact ∇f at the point update t evaluated (θ_{t−1}, or Nesterov's look-ahead), at 2(t − 1). */
  readonly gradient: Float64Array;
  /** The noise added to that gradient, at 2(t − 1): the race's, shared by its runs; empty without noise. */
  readonly noise: Float64Array;
  /** v_t and a_t for t = 0 … updates; empty for optimizers that keep none. */
  readonly v: Float64Array;
  readonly a: Float64Array;
}

/**
 * Runs optimizer k from the start for the problem's steps, stopping where the numbers stop being
 * finite; `noise` is the race's (see raceNoise), drawn once for all its optimizers.
 */
export function runOptimizer(problem: OptimizerProblem, k: number, noise: Float64Array): Run {
  const o = problem.optimizers[k]!;
  const { steps } = problem;
  const { gradient: evaluate } = problem.surface.compiled;
  const info = OPTIMIZERS[o.type];
  const theta = new Float64Array(2 * (steps + 1));
  const f = new Float64Array(steps + 1);
  const gradient = new Float64Array(2 * steps);
  const v = new Float64Array(info.v ? 2 * (steps + 1) : 0);
  const a = new Float64Array(info.a ? 2 * (steps + 1) : 0);
  const here = new Float64Array(2);
  const there = new Float64Array(2);
  const step = new Float64Array(UPDATE_SLOTS);

  let [x, y] = problem.start;
  let vx = 0;
  let vy = 0;
  let ax = 0;
  let ay = 0;
  theta[0] = x;
  theta[1] = y;
  f[0] = evaluate(x, y, here);
  let diverged = !Number.isFinite(f[0]);
  let t = 0;
  while (!diverged && t < steps) {
    t += 1;
    const i = 2 * (t - 1);
    let gx = here[0]!;
    let gy = here[1]!;
    if (o.type === 'nesterov') {
      evaluate(evaluationPoint(o, x, vx), evaluationPoint(o, y, vy), there);
      gx = there[0]!;
      gy = there[1]!;
    }
    gradient[i] = gx;
    gradient[i + 1] = gy;
    if (noise.length) {
      gx += noise[i]!;
      gy += noise[i + 1]!;
    }
    updateCoordinate(o, t, gx, vx, ax, step);
    x += step[DELTA]!;
    vx = step[V]!;
    ax = step[A]!;
    updateCoordinate(o, t, gy, vy, ay, step);
    y += step[DELTA]!;
    vy = step[V]!;
    ay = step[A]!;
    theta[2 * t] = x;
    theta[2 * t + 1] = y;
    if (info.v) {
      v[2 * t] = vx;
      v[2 * t + 1] = vy;
    }
    if (info.a) {
      a[2 * t] = ax;
      a[2 * t + 1] = ay;
    }
    f[t] = evaluate(x, y, here);
    diverged = !(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(f[t]));
  }
  const last = 2 * (t - 1);
  const undefinedGradient = diverged && (Number.isNaN(gradient[last]) || Number.isNaN(gradient[last + 1]));
  return {
    optimizer: o,
    index: k,
    updates: t,
    steps,
    diverged,
    undefinedGradient,
    theta,
    f,
    gradient,
    noise,
    v,
    a,
  };
}

/** Every optimizer's run, in the problem's order. */
export function runAll(problem: OptimizerProblem): Run[] {
  const noise = raceNoise(problem);
  return problem.optimizers.map((_, k) => runOptimizer(problem, k, noise));
}
