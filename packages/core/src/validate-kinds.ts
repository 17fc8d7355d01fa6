import type { ProblemKind } from './kind.js';
import { Checker } from './validate/checker.js';
import type { Validated } from './validate/issue.js';

/** Validates against a set of kinds: the `widget` key picks one; every issue at once. */
export function validateAgainst<P>(value: unknown, kinds: readonly ProblemKind<P, unknown>[]): Validated<P> {
  const c = new Checker();
  let problem: P | undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    c.object(value, '', []);
  } else {
    const widget = c.oneOf(
      (value as { widget?: unknown }).widget,
      'widget',
      kinds.map((k) => k.widget),
    );
    const kind = kinds.find((k) => k.widget === widget);
    if (kind) problem = kind.read(c, value);
  }
  return problem !== undefined && c.issues.length === 0
    ? { ok: true, value: problem }
    : { ok: false, issues: c.issues };
}

/**
 * Validates a problem of one type, given as parsed JSON. Widgets use this rather than `validate`,
 * so their bundles carry only their own problem type's code (and parse text themselves).
 */
export function validateValueAs<P>(kind: ProblemKind<P, unknown>, json: unknown): Validated<P> {
  return validateAgainst(json, [kind]);
}
