import type { Validated } from './issue.js';

/** Line and column (1-based) of a character offset, for JSON syntax errors people can find. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Parses JSON text; a syntax error becomes one issue naming its line and column. */
export function parseJson(text: string): Validated<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = at ? position(text, Number(at[1])) : text.trim() === '' ? { line: 1, column: 1 } : undefined;
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `not valid JSON${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${text.trim() === '' ? 'the text is empty' : reason}`,
        },
      ],
    };
  }
}
