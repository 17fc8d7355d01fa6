import { formatText } from '@dlviz/core';

export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/**
 * Reads a number the way people type it: a true minus sign (−) as well as a hyphen, spaces around it,
 * `.5`, `1e-3`. Anything else is an error with a message, never NaN; so is a number outside the
 * range, a fraction where a count (`integer`) is wanted, or one that `check` words a message for
 * (a rule a range cannot say, such as a view side that must stay within 10¹² of the other).
 */
export function parseNumber(
  text: string,
  range: {
    min?: number;
    max?: number;
    integer?: boolean;
    check?: (value: number) => string | undefined;
  } = {},
): ParsedNumber {
  const cleaned = text.trim().replace(/^[−–]/, '-');
  if (cleaned === '') return { ok: false, message: 'Enter a number' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned))
    return { ok: false, message: `“${text.trim()}” is not a number` };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, message: 'The number is too large' };
  if (range.min !== undefined && value < range.min)
    return { ok: false, message: `Must be at least ${formatText(range.min)}` };
  if (range.max !== undefined && value > range.max)
    return { ok: false, message: `Must be at most ${formatText(range.max)}` };
  if (range.integer && !Number.isInteger(value)) return { ok: false, message: 'Must be a whole number' };
  const message = range.check?.(value);
  if (message) return { ok: false, message };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** `base + delta` without binary noise such as 0.30000000000000004. */
export function nudge(base: number, delta: number): number {
  return Number((base + delta).toPrecision(12));
}
