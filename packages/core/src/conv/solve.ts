import { compute, type ConvComputation } from './compute.js';
import { nestMaps } from './flat.js';
import { parameterCount } from './geometry.js';
import type { ConvProblem, ConvSolution } from './problem.js';

/** The solution object of a computation: plain JSON, exactly the keys the problem format names. */
export function solutionOf(run: ConvComputation): ConvSolution {
  const g = run.geometry;
  const solution: ConvSolution = {
    preActivation: nestMaps(run.preActivation, g.filters, g.outputHeight, g.outputWidth),
    output: nestMaps(run.output, g.filters, g.outputHeight, g.outputWidth),
    outputShape: [g.filters, g.outputHeight, g.outputWidth],
    parameters: parameterCount(g),
  };
  if (run.pooled) solution.pooled = nestMaps(run.pooled.values, g.filters, g.pooledHeight, g.pooledWidth);
  return solution;
}

export function solveConv(problem: ConvProblem): ConvSolution {
  return solutionOf(compute(problem));
}
