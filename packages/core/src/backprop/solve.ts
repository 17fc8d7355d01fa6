import { compute } from './compute.js';
import type { BackpropProblem, BackpropSolution } from './network.js';

/** The solution as plain JSON: forward values, loss, gradients and the updated parameters. */
export function solveBackprop(problem: BackpropProblem): BackpropSolution {
  const { values, output, loss, gradients, updated } = compute(problem);
  return { layers: values, output: [...output], loss, gradients, updated };
}
