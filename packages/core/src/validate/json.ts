import type { Validated } from './issue.js';
import { jsonSyntaxError } from './json-syntax.js';

/** Line and column (1-based) of a character offset, for JSON syntax errors people can find. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function syntaxIssue(text: string): string {
  if (text.trim() === '') return 'not valid JSON at line 1, column 1: the text is empty';
  const error = jsonSyntaxError(text);
  // JSON.parse refused what the grammar accepts: only nesting too deep for the engine does that.
  if (!error) return 'not valid JSON: nested too deeply to read';
  const { line, column } = position(text, error.offset);
  return `not valid JSON at line ${line}, column ${column}: ${error.reason}`;
}

/** Parses JSON text; a syntax error becomes one issue naming its line and column. */
export function parseJson(text: string): Validated<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, issues: [{ path: '', message: syntaxIssue(text) }] };
  }
}
