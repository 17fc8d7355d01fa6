import { describe, expect, it } from 'vitest';
import { parseExpression } from './parse.js';
import { printExpression } from './print.js';
import { compileValue } from './value.js';

const value = (source: string, x = 0, y = 0): number => {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return compileValue(parsed.ast)(x, y);
};

const error = (source: string) => {
  const parsed = parseExpression(source);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? undefined : parsed.error;
};

describe('parseExpression', () => {
  it('follows the usual precedence: ^ over unary minus over * / over + -', () => {
    expect(value('1 + 2 * 3')).toBe(7);
    expect(value('-x^2', 3)).toBe(-9);
    expect(value('2^-1')).toBe(0.5);
    expect(value('8 / 4 / 2')).toBe(1);
    expect(value('10 - 4 - 3')).toBe(3);
  });

  it('makes ^ right-associative', () => {
    expect(value('2^3^2')).toBe(512);
  });

  it('knows every function of the grammar', () => {
    expect(value('abs(x)', -2)).toBe(2);
    expect(value('sqrt(x)', 9)).toBe(3);
    expect(value('exp(0) + log(1)')).toBe(1);
    expect(value('sin(0) + cos(0)')).toBe(1);
    expect(value('tanh(0) + sigmoid(0)')).toBe(0.5);
  });

  it('reads numbers with fractions and exponents', () => {
    expect(value('.5 + 5. + 1e-3 + 2.5E+1')).toBeCloseTo(30.501, 12);
  });

  it('prints back to text that parses to the same tree', () => {
    for (const source of [
      '-(x + y)^2',
      '(x - y) - (x - y)',
      'x / (y * 2)',
      '2^-x^2',
      'exp(x)^2',
      '-x - -y',
    ]) {
      const parsed = parseExpression(source);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const again = parseExpression(printExpression(parsed.ast));
      expect(again.ok && again.ast).toEqual(parsed.ast);
    }
  });
});

describe('parseExpression errors name the column', () => {
  it('an unexpected character', () => {
    expect(error('x + $y')).toEqual({ message: "unexpected character '$' at column 5", column: 5 });
  });
  it('a missing closing parenthesis', () => {
    expect(error('(x + y')).toEqual({ message: "missing ')' to close the '(' at column 1", column: 7 });
  });
  it('a product written without *', () => {
    expect(error('2x')).toEqual({
      message: "unexpected 'x' at column 2 (write '*' for a product)",
      column: 2,
    });
  });
  it('an unknown function, with a suggestion', () => {
    expect(error('x + sinn(y)')?.message).toBe(
      "unknown function 'sinn' at column 5 (did you mean 'sin'?); the functions are abs, sqrt, exp, log, sin, cos, tanh, sigmoid",
    );
  });
  it('an unknown variable', () => {
    expect(error('x + z')).toEqual({
      message: "unknown variable 'z' at column 5; the variables are x and y",
      column: 5,
    });
  });
  it('a function without its parenthesis', () => {
    expect(error('exp x')).toEqual({ message: "expected '(' after 'exp' at column 5", column: 5 });
  });
  it('a dangling operator and an empty text', () => {
    expect(error('x +')).toEqual({ message: 'unexpected end of the expression at column 4', column: 4 });
    expect(error('   ')).toEqual({ message: 'the expression is empty', column: 1 });
  });
  it('a number too large for float64', () => {
    expect(error('1e999 * x')?.message).toBe('number 1e999 at column 1 is too large');
  });
});
