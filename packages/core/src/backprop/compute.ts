import { backward, type Backward } from './backward.js';
import { forward } from './forward.js';
import { lossGradient, lossTerms, reduceLoss } from './loss.js';
import type { BackpropProblem, ForwardValues, Parameters } from './network.js';
import { descend } from './update.js';

/**
 * One forward pass, loss, backward pass and update, keeping every intermediate: the solution, the
 * trace, the chain-rule paths and the worked answer are all views of this one computation.
 */
export interface BackpropComputation extends Backward {
  values: ForwardValues[];
  output: number[];
  /** The per-output terms of the loss before its reduction (see `lossTerms`). */
  terms: number[];
  loss: number;
  /** dL/d output, where the backward pass starts. */
  outputGradient: number[];
  updated: Parameters[];
}

export function compute(problem: BackpropProblem): BackpropComputation {
  const values = forward(problem.layers, problem.input);
  const output = values[values.length - 1]!.a;
  const terms = lossTerms(problem.loss, output, problem.target);
  const outputGradient = lossGradient(problem.loss, output, problem.target);
  const back = backward(problem.layers, problem.input, values, outputGradient);
  return {
    values,
    output,
    terms,
    loss: reduceLoss(problem.loss, terms),
    outputGradient,
    ...back,
    updated: descend(problem.layers, back.gradients, problem.learningRate),
  };
}
