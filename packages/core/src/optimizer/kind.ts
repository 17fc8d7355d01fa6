import type { ProblemKind } from '../kind.js';
import type { OptimizerProblem, OptimizerSolution } from './problem.js';
import { readOptimizerProblem } from './read.js';
import { solveOptimizer } from './solve.js';

export type { OptimizerProblem, OptimizerSolution } from './problem.js';

export const optimizerKind: ProblemKind<OptimizerProblem, OptimizerSolution> = {
  widget: 'optimizer',
  read: readOptimizerProblem,
  solve: solveOptimizer,
};
