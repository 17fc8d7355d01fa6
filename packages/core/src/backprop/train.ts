import { Checker } from '../validate/checker.js';
import { compute } from './compute.js';
import { BACKPROP_LIMITS } from './limits.js';
import type { BackpropProblem, Layer } from './network.js';
import { checkSolvable } from './solvable.js';

export interface TrainingRun {
  /** losses[t] is the loss after t updates: losses[0] is the problem's own loss. */
  readonly losses: number[];
  /** The parameters after the last update that left a showable problem (activations unchanged). */
  readonly layers: Layer[];
  /** True when a state overflowed (or a bce output saturated); training stopped at the one before. */
  readonly diverged: boolean;
}

/**
 * Gradient descent on the problem's one example, `steps` times: the same forward, backward and update as
 * `solve`, repeated. Every state it reaches must be one the validator accepts (checkSolvable: nothing
 * overflows, bce's outputs stay inside (0, 1)); at the first that is not, it stops at the one before,
 * so the layers it returns always make a problem a widget can show. Throws a RangeError for a step
 * count that is not an integer >= 0 or whose work (steps × parameters) is over
 * BACKPROP_LIMITS.trainingWork.
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
  let previous = problem.layers;
  let layers = problem.layers;
  for (let t = 0; ; t++) {
    const state = { ...problem, layers };
    const computed = compute(state);
    const check = new Checker();
    checkSolvable(check, state, computed);
    if (check.issues.length > 0) return { losses, layers: previous, diverged: true };
    losses.push(computed.loss);
    if (t === steps) return { losses, layers, diverged: false };
    previous = layers;
    layers = computed.updated.map((p, l) => ({ ...p, activation: layers[l]!.activation }));
  }
}
