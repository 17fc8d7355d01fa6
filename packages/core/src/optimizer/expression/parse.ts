import { closest } from '../../validate/closest.js';
import { FUNCTION_NAMES, type BinaryOperator, type Expr, type FunctionName } from './ast.js';
import type { ExpressionError } from './expression-error.js';
import { tokenize, type Token } from './lexer.js';

export type Parsed =
  { readonly ok: true; readonly ast: Expr } | { readonly ok: false; readonly error: ExpressionError };

/** Thrown inside the parser only, to unwind the recursion; `parseExpression` turns it into a result. */
class Stop {
  constructor(readonly error: ExpressionError) {}
}

function stop(message: string, column: number): never {
  throw new Stop({ message, column });
}

function describeToken(token: Token): string {
  return token.kind === 'end' ? 'end of the expression' : `'${token.text}'`;
}

/** Tokens that could start an operand: after a complete operand they mean a product written without '*'. */
function startsOperand(token: Token): boolean {
  return token.kind === 'number' || token.kind === 'name' || token.text === '(';
}

function unexpected(token: Token): never {
  const hint = startsOperand(token) ? " (write '*' for a product)" : '';
  return stop(`unexpected ${describeToken(token)} at column ${token.column}${hint}`, token.column);
}

/**
 * Recursive descent over the grammar
 *   sum     = product (('+' | '-') product)*
 *   product = unary (('*' | '/') unary)*
 *   unary   = '-' unary | power
 *   power   = primary ('^' unary)?
 *   primary = number | 'x' | 'y' | function '(' sum ')' | '(' sum ')'
 * so '^' is right-associative and binds tighter than unary minus, as in mathematics: -x^2 = -(x^2),
 * while an exponent may carry its own sign: 2^-x.
 */
class Parser {
  private next = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.next]!;
  }

  private take(): Token {
    return this.tokens[this.next++]!;
  }

  private isSymbol(...symbols: string[]): boolean {
    const token = this.peek();
    return token.kind === 'symbol' && symbols.includes(token.text);
  }

  whole(): Expr {
    const ast = this.sum();
    if (this.peek().kind !== 'end') unexpected(this.peek());
    return ast;
  }

  private sum(): Expr {
    let left = this.product();
    while (this.isSymbol('+', '-')) {
      const operator = this.take().text as BinaryOperator;
      left = { kind: 'binary', operator, left, right: this.product() };
    }
    return left;
  }

  private product(): Expr {
    let left = this.unary();
    while (this.isSymbol('*', '/')) {
      const operator = this.take().text as BinaryOperator;
      left = { kind: 'binary', operator, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (!this.isSymbol('-')) return this.power();
    this.take();
    return { kind: 'negate', operand: this.unary() };
  }

  private power(): Expr {
    const base = this.primary();
    if (!this.isSymbol('^')) return base;
    this.take();
    return { kind: 'binary', operator: '^', left: base, right: this.unary() };
  }

  private primary(): Expr {
    const token = this.take();
    if (token.kind === 'number') return { kind: 'number', value: token.value };
    if (token.kind === 'name') return this.named(token);
    if (token.kind === 'symbol' && token.text === '(') return this.parenthesized(token);
    return unexpected(token);
  }

  private parenthesized(open: Token): Expr {
    const inner = this.sum();
    const close = this.peek();
    if (close.kind === 'end') stop(`missing ')' to close the '(' at column ${open.column}`, close.column);
    if (!this.isSymbol(')')) unexpected(close);
    this.take();
    return inner;
  }

  private named(token: Token): Expr {
    const name = token.text;
    // `x(y)` is left for the caller to reject as a product missing its '*'.
    if (name === 'x' || name === 'y') return { kind: 'variable', name };
    const call = this.isSymbol('(');
    if (!(FUNCTION_NAMES as readonly string[]).includes(name)) {
      if (!call)
        stop(`unknown variable '${name}' at column ${token.column}; the variables are x and y`, token.column);
      const guess = closest(name, FUNCTION_NAMES);
      stop(
        `unknown function '${name}' at column ${token.column}${guess ? ` (did you mean '${guess}'?)` : ''}; ` +
          `the functions are ${FUNCTION_NAMES.join(', ')}`,
        token.column,
      );
    }
    const open = this.peek();
    if (!call) stop(`expected '(' after '${name}' at column ${open.column}`, open.column);
    this.take();
    return { kind: 'call', name: name as FunctionName, argument: this.parenthesized(open) };
  }
}

/** Parses an expression of x and y, or says where and why it does not parse. */
export function parseExpression(source: string): Parsed {
  const tokens = tokenize(source);
  if (!Array.isArray(tokens)) return { ok: false, error: tokens };
  if (tokens.length === 1) return { ok: false, error: { message: 'the expression is empty', column: 1 } };
  try {
    return { ok: true, ast: new Parser(tokens).whole() };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: error.error };
    throw error;
  }
}
