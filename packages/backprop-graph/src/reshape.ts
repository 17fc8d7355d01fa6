import type { Activation, BackpropLayer, BackpropLoss, BackpropProblem } from '@dlviz/core';
import { freshLayers } from './random-problem.js';

/** The widget's own bounds on structure edits (the core allows far more; presets stay within these). */
export const EDIT_LIMITS = { layers: 6, units: 8 } as const;

/** `values` resized to `length`, keeping what exists and taking the rest from `fill`. */
const resized = <T>(values: readonly T[], length: number, fill: (i: number) => T): T[] =>
  Array.from({ length }, (_, i) => (i < values.length ? values[i]! : fill(i)));

/**
 * The network with new widths (`widths[0]` the input size, then each layer's units): every weight,
 * bias, input and target that still has a place keeps its value, new ones are drawn fresh from the
 * seed. Added layers go before the output layer, which stays last, and copy the first hidden
 * layer's activation.
 */
export function reshape(problem: BackpropProblem, widths: readonly number[], seed: number): BackpropProblem {
  const count = widths.length - 1;
  const old = problem.layers;
  const hiddenActivation = old.length > 1 ? old[0]!.activation : ({ type: 'relu' } as const);
  const source = (l: number): BackpropLayer | undefined =>
    l === count - 1 ? old[old.length - 1] : l < old.length - 1 ? old[l] : undefined;
  const activations = widths.slice(1).map((_, l) => source(l)?.activation ?? hiddenActivation);
  const fresh = freshLayers(widths, activations, seed);
  const layers = fresh.map((made, l) => {
    const kept = source(l);
    if (!kept) return made;
    return {
      activation: kept.activation,
      weights: resized(kept.weights, widths[l + 1]!, (j) => made.weights[j]!).map((row, j) =>
        resized(row, widths[l]!, (i) => made.weights[j]![i]!),
      ),
      bias: resized(kept.bias, widths[l + 1]!, () => 0),
    };
  });
  return {
    ...problem,
    input: resized(problem.input, widths[0]!, () => 1),
    target: resized(problem.target, widths[count]!, () => 0),
    layers,
  };
}

/** Another activation for one layer, or for all when `layer` is undefined. */
export function withActivation(
  problem: BackpropProblem,
  activation: Activation,
  layer?: number,
): BackpropProblem {
  return {
    ...problem,
    layers: problem.layers.map((l, i) => (layer === undefined || i === layer ? { ...l, activation } : l)),
  };
}

/**
 * Another loss, with what it requires made true where it is not: binary cross-entropy needs outputs
 * in (0, 1), so the last layer becomes a sigmoid, and targets from 0 to 1; cross-entropy needs a
 * target distribution, so a target that is not one becomes one-hot on the first class.
 */
export function withLoss(
  problem: BackpropProblem,
  loss: BackpropLoss,
  targetIsValid: (p: BackpropProblem) => boolean,
): BackpropProblem {
  let next: BackpropProblem = { ...problem, loss };
  if (loss.type === 'bce') {
    next = withActivation(next, { type: 'sigmoid' }, next.layers.length - 1);
    next = { ...next, target: next.target.map((t) => Math.min(1, Math.max(0, t))) };
  }
  if (loss.type === 'crossEntropy' && !targetIsValid(next))
    next = { ...next, target: next.target.map((_, k) => (k === 0 ? 1 : 0)) };
  return next;
}
