import type { ProblemKind } from '../kind.js';
import type { ConvProblem, ConvSolution } from './problem.js';
import { readConv } from './read.js';
import { solveConv } from './solve.js';

export type { ConvPool, ConvProblem, ConvSolution, PoolType } from './problem.js';

export const convKind: ProblemKind<ConvProblem, ConvSolution> = {
  widget: 'conv',
  read: readConv,
  solve: solveConv,
};
