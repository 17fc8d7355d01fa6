import { compute } from './compute.js';
import { BACKPROP_LIMITS } from './limits.js';
import type { BackpropProblem, Layer } from './network.js';

export interface TrainingRun {
  /** losses[t] is the loss after t updates: losses[0] is the problem's own loss. */
  readonly losses: number[];
  /** The parameters after the last finite update (activations unchanged). */
  readonly layers: Layer[];
  /** True when a loss or parameter turned non-finite; training stopped at the last finite state. */
  readonly diverged: boolean;
}

const finite = (layers: readonly Layer[]) =>
  layers.every((l) => l.bias.every(Number.isFinite) && l.weights.every((row) => row.every(Number.isFinite)));

/**
 * Gradient descent on the problem's one example, `steps` times: the same forward, backward and update as
 * `solve`, repeated. Throws a RangeError for a step count that is not an integer >= 0 or whose work
 * (steps × parameters) is over BACKPROP_LIMITS.trainingWork.
 */
export function train(problem: BackpropProblem, steps: number): TrainingRun {
  const parameters = problem.layers.reduce((n, l) => n + l.bias.length * (l.weights[0]!.length + 1), 0);
  if (!Number.isInteger(steps) || steps < 0)
    throw new RangeError(`steps must be an integer >= 0, got ${steps}`);
  if (steps * parameters > BACKPROP_LIMITS.trainingWork) {
    throw new RangeError(
      `training work (steps × parameters) is ${steps * parameters}, over the limit of ${BACKPROP_LIMITS.trainingWork}`,
    );
  }
  const losses: number[] = [];
  let layers = problem.layers;
  for (let t = 0; ; t++) {
    const computed = compute({ ...problem, layers });
    if (!Number.isFinite(computed.loss)) return { losses, layers, diverged: true };
    losses.push(computed.loss);
    if (t === steps) return { losses, layers, diverged: false };
    const next = computed.updated.map((p, l) => ({ ...p, activation: layers[l]!.activation }));
    if (!finite(next)) return { losses, layers, diverged: true };
    layers = next;
  }
}
