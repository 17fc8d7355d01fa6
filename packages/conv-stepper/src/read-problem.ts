import {
  convKind,
  parseJson,
  validateAs,
  type ConvProblem,
  type ConvProblemJson,
  type Issue,
} from '@dlviz/core';

/** What the widget holds of a problem: the JSON as given (kept for fixing) and, when valid, the problem. */
export interface ReadProblem {
  /** The parsed JSON, valid or not; undefined only when the text is not JSON at all. */
  json: unknown;
  /** The problem as given, text or object: what the error panel's JSON editor starts from. */
  source: unknown;
  problem: ConvProblem | undefined;
  issues: readonly Issue[];
}

/**
 * Validates a problem object or JSON text with the core's validator for "conv" problems only (so the
 * bundle carries no other problem type's code; another widget's problem fails at `widget`), which
 * names every path. Text is parsed here first, since the JSON editor needs the parsed value even
 * when it is not a valid problem.
 */
export function readProblem(source: unknown): ReadProblem {
  let json = source;
  if (typeof source === 'string') {
    const parsed = parseJson(source);
    if (!parsed.ok) return { json: undefined, source, problem: undefined, issues: parsed.issues };
    json = parsed.value;
  }
  const checked = validateAs(convKind, json);
  if (!checked.ok) return { json, source, problem: undefined, issues: checked.issues };
  return { json, source, problem: checked.value, issues: [] };
}

/**
 * The JSON when it has the nesting the settings panel needs (a 3-D input and 4-D kernels), even if
 * the validator refuses it: a kernel too large for its input is fixed by editing the sizes.
 */
export function editableJson(read: ReadProblem): ConvProblemJson | undefined {
  const json = read.json as { input?: unknown; kernels?: unknown } | undefined;
  const deep = (value: unknown, depth: number): boolean =>
    depth === 0 || (Array.isArray(value) && value.length > 0 && deep(value[0], depth - 1));
  return json && deep(json.input, 3) && deep(json.kernels, 4) ? (json as ConvProblemJson) : undefined;
}
