import type { ProblemKind } from '../kind.js';
import type { BackpropProblem, BackpropSolution } from './network.js';
import { readBackprop } from './read.js';
import { solveBackprop } from './solve.js';

export type { BackpropProblem, BackpropSolution } from './network.js';

export const backpropKind: ProblemKind<BackpropProblem, BackpropSolution> = {
  widget: 'backprop',
  read: readBackprop,
  solve: solveBackprop,
};
