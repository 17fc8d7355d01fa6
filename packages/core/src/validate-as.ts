import type { ProblemKind } from './kind.js';
import { validateValueAs } from './validate-kinds.js';
import type { Validated } from './validate/issue.js';
import { parseJson } from './validate/json.js';

/**
 * Validates a problem of one type, given as an object or as JSON text (as a custom element's
 * attribute or a link delivers it; syntax errors name their line and column).
 */
export function validateAs<P>(kind: ProblemKind<P, unknown>, input: unknown): Validated<P> {
  if (typeof input !== 'string') return validateValueAs(kind, input);
  const parsed = parseJson(input);
  return parsed.ok ? validateValueAs(kind, parsed.value) : parsed;
}
