import { OPTIMIZERS } from './catalog.js';
import type { OptimizerType, Vec2 } from './problem.js';
import type { Run } from './run.js';
import {
  A,
  A_HAT,
  DELTA,
  RATE,
  UPDATE_SLOTS,
  V,
  V_HAT,
  evaluationPoint,
  updateCoordinate,
} from './update.js';

/** Everything update t of one optimizer computed, per coordinate (x, y). */
export interface OptimizerUpdate {
  /** The optimizer's position in the problem's list. */
  readonly optimizer: number;
  readonly type: OptimizerType;
  /** 1-based, as in the update rules: θ_t comes from θ_{t−1}. */
  readonly t: number;
  /** θ_{t−1} and f there. */
  readonly from: Vec2;
  readonly lossBefore: number;
  /** Where the gradient was taken: θ_{t−1}, or Nesterov's look-ahead θ_{t−1} + momentum·v_{t−1}. */
  readonly at: Vec2;
  /** The exact ∇f there. */
  readonly exact: Vec2;
  /** The Gaussian noise added to it, when the problem has noise. */
  readonly noise: Vec2 | undefined;
  /** The gradient the rule used: exact + noise. */
  readonly g: Vec2;
  /** The state before (v_{t−1}, a_{t−1}) and after, for the optimizers that keep it. */
  readonly vBefore: Vec2 | undefined;
  readonly v: Vec2 | undefined;
  readonly aBefore: Vec2 | undefined;
  readonly a: Vec2 | undefined;
  /** Adam's bias-corrected moments. */
  readonly vHat: Vec2 | undefined;
  readonly aHat: Vec2 | undefined;
  /** The step size each coordinate got: lr, or lr/(√a + eps) (√â for Adam). */
  readonly rate: Vec2;
  /** θ_t − θ_{t−1}. */
  readonly delta: Vec2;
  /** θ_t and f there; non-finite when this update diverged. */
  readonly to: Vec2;
  readonly loss: number;
  /** This update left the finite numbers: the run stops here. */
  readonly diverged: boolean;
}

const pairAt = (values: Float64Array, i: number): Vec2 => [values[i]!, values[i + 1]!];

/**
 * Rebuilds update t (1 … run.updates) of a run from its compact record, recomputing the rule's
 * intermediate values with the same function the run used, so they are the run's own numbers.
 */
export function updateOf(run: Run, t: number): OptimizerUpdate {
  const o = run.optimizer;
  const info = OPTIMIZERS[o.type];
  const i = 2 * (t - 1);
  const from = pairAt(run.theta, i);
  const vBefore = info.v ? pairAt(run.v, i) : undefined;
  const aBefore = info.a ? pairAt(run.a, i) : undefined;
  const exact = pairAt(run.gradient, i);
  const noise = run.noise.length ? pairAt(run.noise, i) : undefined;
  const g: Vec2 = noise ? [exact[0] + noise[0], exact[1] + noise[1]] : exact;
  const out = [0, 1].map((d) => {
    const slots = new Float64Array(UPDATE_SLOTS);
    updateCoordinate(o, t, g[d]!, vBefore?.[d] ?? 0, aBefore?.[d] ?? 0, slots);
    return slots;
  }) as [Float64Array, Float64Array];
  const pick = (slot: number): Vec2 => [out[0][slot]!, out[1][slot]!];
  const to = pairAt(run.theta, 2 * t);
  const loss = run.f[t]!;
  return {
    optimizer: run.index,
    type: o.type,
    t,
    from,
    lossBefore: run.f[t - 1]!,
    at: [evaluationPoint(o, from[0], vBefore?.[0] ?? 0), evaluationPoint(o, from[1], vBefore?.[1] ?? 0)],
    exact,
    noise,
    g,
    vBefore,
    v: info.v ? pick(V) : undefined,
    aBefore,
    a: info.a ? pick(A) : undefined,
    vHat: o.type === 'adam' ? pick(V_HAT) : undefined,
    aHat: o.type === 'adam' ? pick(A_HAT) : undefined,
    rate: pick(RATE),
    delta: pick(DELTA),
    to,
    loss,
    diverged: run.diverged && t === run.updates,
  };
}
