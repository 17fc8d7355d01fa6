import type { ExpressionError } from './expression-error.js';

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly column: number }
  | { readonly kind: 'name'; readonly text: string; readonly column: number }
  | {
      readonly kind: 'symbol';
      readonly text: '+' | '-' | '*' | '/' | '^' | '(' | ')';
      readonly column: number;
    }
  | { readonly kind: 'end'; readonly text: ''; readonly column: number };

/** Decimals with optional fraction and exponent: 2, 2.5, .5, 5., 1e-3, 2.5E+4. */
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z_0-9]*/y;
const SPACE = /\s+/y;
const SYMBOLS = '+-*/^()';

/** Splits an expression into tokens, ending with an `end` token; columns are 1-based. */
export function tokenize(source: string): Token[] | ExpressionError {
  const tokens: Token[] = [];
  let at = 0;
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(source);
    return found ? found[0] : undefined;
  };
  while (at < source.length) {
    const column = at + 1;
    const space = match(SPACE);
    const number = space === undefined ? match(NUMBER) : undefined;
    const name = space === undefined && number === undefined ? match(NAME) : undefined;
    if (space !== undefined) {
      at += space.length;
    } else if (number !== undefined) {
      const value = Number(number);
      if (!Number.isFinite(value))
        return { message: `number ${number} at column ${column} is too large`, column };
      tokens.push({ kind: 'number', value, text: number, column });
      at += number.length;
    } else if (name !== undefined) {
      tokens.push({ kind: 'name', text: name, column });
      at += name.length;
    } else if (SYMBOLS.includes(source[at]!)) {
      tokens.push({ kind: 'symbol', text: source[at] as '+', column });
      at += 1;
    } else {
      const character = String.fromCodePoint(source.codePointAt(at)!);
      return { message: `unexpected character '${character}' at column ${column}`, column };
    }
  }
  tokens.push({ kind: 'end', text: '', column: source.length + 1 });
  return tokens;
}
