import { backpropKind, validateAs, type BackpropProblem, type Issue } from '@dlviz/core';

/** A problem as the widget holds it: valid, or the validation issues that replace the drawing. */
export type ReadResult =
  | { readonly problem: BackpropProblem; readonly issues: readonly [] }
  | { readonly problem?: undefined; readonly issues: readonly Issue[] };

/**
 * Validates the `problem` prop (object, or JSON text from an attribute or a link) with the core's
 * backprop validation, so the widget shows exactly the messages `dlviz solve` prints. A problem of
 * another type is an issue at `widget`; only the backprop kind's code is bundled.
 */
export function readProblem(input: unknown): ReadResult {
  const checked = validateAs(backpropKind, input);
  return checked.ok ? { problem: checked.value, issues: [] } : { issues: checked.issues };
}
