import { normKind, normShape, validateValueAs, type NormProblem, type Validated } from '@dlviz/core';
import { axisNames, limitsText, VIEW_LIMITS } from './view-limits.js';

/**
 * A parsed `problem` checked by the core's validator for "norm" problems only (so the bundle carries
 * no other problem type's code; another widget's problem fails at `widget`), then against what this
 * viewer draws: a tensor over the view limits is an issue with a path like any other.
 */
export function checkProblem(json: unknown): Validated<NormProblem> {
  const checked = validateValueAs(normKind, json);
  if (!checked.ok) return checked;
  const problem = checked.value;
  const shape = normShape(problem.input);
  const names = axisNames(problem.layout);
  const over = names.filter((name, a) => shape[a]! > VIEW_LIMITS[name]);
  if (over.length === 0) return checked;
  const sizes = names.map((name, a) => `${name} = ${shape[a]}`).join(', ');
  return {
    ok: false,
    issues: [
      { path: 'input', message: `the viewer draws at most ${limitsText(problem.layout)}; got ${sizes}` },
    ],
  };
}
