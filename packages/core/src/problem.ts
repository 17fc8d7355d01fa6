import { backpropKind, type BackpropProblem, type BackpropSolution } from './backprop/kind.js';
import { convKind, type ConvProblem, type ConvSolution } from './conv/kind.js';
import type { ProblemKind } from './kind.js';
import { normKind, type NormProblem, type NormSolution } from './norm/kind.js';
import { optimizerKind, type OptimizerProblem, type OptimizerSolution } from './optimizer/kind.js';
import { ValidationError, type Validated } from './validate/issue.js';
import { parseJson } from './validate/json.js';
import { validateAgainst } from './validate-kinds.js';

export type Problem = ConvProblem | BackpropProblem | OptimizerProblem | NormProblem;
export type Solution = ConvSolution | BackpropSolution | OptimizerSolution | NormSolution;
export type Widget = Problem['widget'];

const kinds = {
  conv: convKind,
  backprop: backpropKind,
  optimizer: optimizerKind,
  norm: normKind,
} as const satisfies { [W in Widget]: ProblemKind<Extract<Problem, { widget: W }>, unknown> };

export const widgets = Object.keys(kinds) as Widget[];

/** A problem's kind, typed loosely: callers hold a problem that kind itself validated. */
function kindOf(problem: Problem): ProblemKind<Problem, Solution> {
  return kinds[problem.widget] as unknown as ProblemKind<Problem, Solution>;
}

/** Validates any problem: every issue at once, each naming its JSON path. */
export function validate(value: unknown): Validated<Problem> {
  return validateAgainst(value, Object.values(kinds) as ProblemKind<Problem, unknown>[]);
}

/** Validates JSON text: syntax errors name their line and column, then the problem is checked. */
export function validateJson(text: string): Validated<Problem> {
  const parsed = parseJson(text);
  return parsed.ok ? validate(parsed.value) : parsed;
}

export function solve(problem: ConvProblem): ConvSolution;
export function solve(problem: BackpropProblem): BackpropSolution;
export function solve(problem: OptimizerProblem): OptimizerSolution;
export function solve(problem: NormProblem): NormSolution;
export function solve(problem: Problem): Solution;
export function solve(problem: Problem): Solution {
  return kindOf(problem).solve(problem);
}

/** Validates and solves in one call, throwing a ValidationError (with its issues) when invalid. */
export function solveOrThrow(value: unknown): Solution {
  const checked = validate(value);
  if (!checked.ok) throw new ValidationError(checked.issues);
  return solve(checked.value);
}
