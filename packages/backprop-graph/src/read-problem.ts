import { validate, validateJson, type BackpropProblem, type Issue } from '@dlviz/core';

/** A problem as the widget holds it: valid, or the validation issues that replace the drawing. */
export type ReadResult =
  | { readonly problem: BackpropProblem; readonly issues: readonly [] }
  | { readonly problem?: undefined; readonly issues: readonly Issue[] };

/**
 * Validates the `problem` prop (object, or JSON text from an attribute or a link) with the core's
 * validation, so the widget shows exactly the messages `dlviz solve` prints. A valid problem of another
 * type is an issue at `widget`, since this widget draws only backprop problems.
 */
export function readProblem(input: unknown): ReadResult {
  const checked = typeof input === 'string' ? validateJson(input) : validate(input);
  if (!checked.ok) return { issues: checked.issues };
  if (checked.value.widget !== 'backprop') {
    return {
      issues: [
        { path: 'widget', message: `this widget draws "backprop" problems, got "${checked.value.widget}"` },
      ],
    };
  }
  return { problem: checked.value, issues: [] };
}
