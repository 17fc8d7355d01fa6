import { compute } from './compute.js';
import type { BackpropProblem, BackpropSolution } from './network.js';

/** The solution as plain JSON: forward values, loss, gradients and the updated parameters. */
export function solveBackprop(problem: BackpropProblem): BackpropSolution {
  const { values, output, loss, gradients, updated } = compute(problem);
  // The format's layers hold z and a; the sums before the bias are the trace's, for the graph view.
  const layers = values.map(({ z, a }) => ({ z, a }));
  return { layers, output: [...output], loss, gradients, updated };
}
