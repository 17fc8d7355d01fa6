import { Checker } from '../validate/checker.js';
import type { OptimizerProblem } from './problem.js';
import { readOptimizerProblem } from './read.js';

/** A validated problem from JSON, for the tests: throws with the issues when invalid. */
export function optimizerProblem(value: Record<string, unknown>): OptimizerProblem {
  const c = new Checker();
  const problem = readOptimizerProblem(c, { widget: 'optimizer', ...value });
  if (!problem) throw new Error(c.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return problem;
}
