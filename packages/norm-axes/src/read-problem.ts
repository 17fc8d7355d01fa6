import { normKind, normShape, validateAs, type Issue, type NormProblem } from '@dlviz/core';
import { axisNames, limitsText, VIEW_LIMITS } from './view-limits.js';

export interface ReadProblem {
  readonly problem?: NormProblem;
  readonly issues: readonly Issue[];
}

/**
 * The `problem` prop (an object, or JSON text from an attribute or a link) checked by the core's
 * validator for "norm" problems only (so the bundle carries no other problem type's code; another
 * widget's problem fails at `widget`), then against what this viewer draws: a tensor over the view
 * limits is an issue with a path like any other.
 */
export function readProblem(value: unknown): ReadProblem {
  const checked = validateAs(normKind, value);
  if (!checked.ok) return { issues: checked.issues };
  const problem = checked.value;
  const shape = normShape(problem.input);
  const names = axisNames(problem.layout);
  const over = names.filter((name, a) => shape[a]! > VIEW_LIMITS[name]);
  if (over.length > 0) {
    const sizes = names.map((name, a) => `${name} = ${shape[a]}`).join(', ');
    return {
      issues: [
        { path: 'input', message: `the viewer draws at most ${limitsText(problem.layout)}; got ${sizes}` },
      ],
    };
  }
  return { problem, issues: [] };
}
