import { computeNorm } from './compute.js';
import type { NormProblem, NormSolution, NormTensor } from './problem.js';
import { unflatten } from './tensor.js';

export function solveNorm(problem: NormProblem): NormSolution {
  const computed = computeNorm(problem);
  const { shape, groupShape } = computed.grouping;
  const output = unflatten(computed.output, shape) as NormTensor;
  const stat = (values: Float64Array): NormTensor => unflatten(values, groupShape) as NormTensor;
  return problem.type === 'rms'
    ? { output, meanSquare: stat(computed.spread) }
    : { output, mean: stat(computed.mean), variance: stat(computed.spread) };
}
