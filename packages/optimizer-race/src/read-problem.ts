import { optimizerKind, validateAs, type Issue, type OptimizerProblem } from '@dlviz/core';

export interface ReadProblem {
  /** The validated problem; undefined when there are issues. */
  problem: OptimizerProblem | undefined;
  /** The problem as plain JSON (the object the user gave, parsed when it was text). */
  json: unknown;
  issues: readonly Issue[];
}

/**
 * Validates the `problem` prop (an object, or JSON text from an attribute or a link) with the core's
 * strict reader for optimizer problems only, so the bundle carries no other problem type's code.
 * Another widget's problem is an issue at `widget`, as the contract asks of a typo.
 */
export function readProblem(input: unknown): ReadProblem {
  const checked = validateAs(optimizerKind, input);
  const json = typeof input === 'string' ? parsedOrUndefined(input) : input;
  return checked.ok
    ? { problem: checked.value, json, issues: [] }
    : { problem: undefined, json, issues: checked.issues };
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
