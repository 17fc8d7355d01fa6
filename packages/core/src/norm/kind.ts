import type { ProblemKind } from '../kind.js';
import type { NormProblem, NormSolution } from './problem.js';
import { readNorm } from './read.js';
import { solveNorm } from './solve.js';

export type { NormProblem, NormSolution } from './problem.js';

export const normKind: ProblemKind<NormProblem, NormSolution> = {
  widget: 'norm',
  read: readNorm,
  solve: solveNorm,
};
