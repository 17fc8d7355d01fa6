import type { Optimizer } from './problem.js';

/** Slots of the buffer `updateCoordinate` fills. */
export const DELTA = 0;
export const V = 1;
export const A = 2;
export const V_HAT = 3;
export const A_HAT = 4;
/** The step size this coordinate gets: lr, or lr/(√a + eps) for the adaptive methods. */
export const RATE = 5;
export const UPDATE_SLOTS = 6;

/**
 * One update of one coordinate (all six rules act coordinate by coordinate), given the gradient g
 * of update t (1-based) and the previous v and a. The run and the trace both call it, so the
 * narrated numbers are the computed ones. Writes into `out` to allocate nothing per step.
 */
export function updateCoordinate(
  o: Optimizer,
  t: number,
  g: number,
  v: number,
  a: number,
  out: Float64Array,
): void {
  let delta: number;
  let rate = o.lr;
  let vHat = 0;
  let aHat = 0;
  switch (o.type) {
    case 'sgd':
      delta = -o.lr * g;
      break;
    case 'momentum':
    case 'nesterov':
      v = o.momentum * v - o.lr * g;
      delta = v;
      break;
    case 'adagrad':
      a = a + g * g;
      rate = o.lr / (Math.sqrt(a) + o.eps);
      delta = -rate * g;
      break;
    case 'rmsprop':
      a = o.decay * a + (1 - o.decay) * g * g;
      rate = o.lr / (Math.sqrt(a) + o.eps);
      delta = -rate * g;
      break;
    case 'adam':
      v = o.beta1 * v + (1 - o.beta1) * g;
      a = o.beta2 * a + (1 - o.beta2) * g * g;
      vHat = v / (1 - Math.pow(o.beta1, t));
      aHat = a / (1 - Math.pow(o.beta2, t));
      rate = o.lr / (Math.sqrt(aHat) + o.eps);
      delta = -rate * vHat;
      break;
  }
  out[DELTA] = delta;
  out[V] = v;
  out[A] = a;
  out[V_HAT] = vHat;
  out[A_HAT] = aHat;
  out[RATE] = rate;
}

/** Where the gradient of the next update is taken: θ, or Nesterov's look-ahead θ + momentum·v. */
export function evaluationPoint(o: Optimizer, theta: number, v: number): number {
  return o.type === 'nesterov' ? theta + o.momentum * v : theta;
}
