import type { Checker } from './validate/checker.js';

/**
 * What each problem type (conv, backprop, optimizer, norm) provides, so that validation and
 * solving are dispatched in one place for the CLI, the widgets and the docs.
 */
export interface ProblemKind<Problem, Solution> {
  readonly widget: string;
  /** Validates a raw JSON value (including its `widget` key) into a problem with defaults filled in. */
  read(c: Checker, value: unknown): Problem | undefined;
  /** The solution: plain JSON with exactly the keys the problem format names. */
  solve(problem: Problem): Solution;
}
