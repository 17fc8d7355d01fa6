import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.js';
import { compileGradient } from './gradient.js';
import { parseExpression } from './parse.js';
import { printExpression } from './print.js';
import { sampleGrid } from './grid.js';
import { compileValue } from './value.js';

function parse(source: string): Expr {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

function gradientAt(source: string, x: number, y: number): [number, number, number] {
  const out = new Float64Array(2);
  const f = compileGradient(parse(source))(x, y, out);
  // + 0 turns −0 into 0: the sign of a zero partial carries no meaning here.
  return [f + 0, out[0]! + 0, out[1]! + 0];
}

/**
 * The derivative at 0 of `g` by central differences at two steps, extrapolated (Richardson: the
 * error of each is about c·h², so (4·D(h/2) − D(h))/3 cancels it), and how far the two steps
 * disagree, which says whether the differences can be trusted at all.
 */
function centralDifference(g: (t: number) => number): { estimate: number; spread: number } {
  const at = (h: number) => (g(h) - g(-h)) / (2 * h);
  const [coarse, fine] = [at(1e-4), at(5e-5)];
  return { estimate: (4 * fine - coarse) / 3, spread: Math.abs(fine - coarse) };
}

/** Random smooth expressions: functions only where their derivative exists everywhere. */
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constantFrom<Expr>({ kind: 'variable', name: 'x' }, { kind: 'variable', name: 'y' }),
  fc.double({ min: 0.1, max: 3, noNaN: true }).map<Expr>((value) => ({ kind: 'number', value })),
);
const smooth: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ kind: fc.constant('negate' as const), operand: tie('e') }),
    fc.record({
      kind: fc.constant('call' as const),
      name: fc.constantFrom('sin', 'cos', 'tanh', 'sigmoid'),
      argument: tie('e'),
    }),
    fc.record({
      kind: fc.constant('binary' as const),
      operator: fc.constantFrom('+', '-', '*'),
      left: tie('e'),
      right: tie('e'),
    }),
    fc.record({
      kind: fc.constant('binary' as const),
      operator: fc.constant('^' as const),
      left: tie('e'),
      right: fc.constantFrom<Expr>({ kind: 'number', value: 2 }, { kind: 'number', value: 3 }),
    }),
  ),
})).e;

describe('compiled gradients', () => {
  it('are exact on a hand-checked surface', () => {
    // f = x²y + 3y: ∂x = 2xy, ∂y = x² + 3.
    expect(gradientAt('x^2*y + 3*y', 2, 5)).toEqual([35, 20, 7]);
    expect(gradientAt('(1 - x)^2 + 100*(y - x^2)^2', 1, 1)).toEqual([0, 0, 0]);
  });

  it('use sign(0) = 0 for |u| and the power rule for constant exponents', () => {
    expect(gradientAt('abs(x) + abs(y)', 0, -2)).toEqual([2, 0, -1]);
    expect(gradientAt('x^2', -3, 0)).toEqual([9, -6, 0]);
  });

  it('differentiate quotients, exponentials, logs, square roots and variable powers', () => {
    const [f, dx, dy] = gradientAt('x / y + exp(x) * log(y) + sqrt(x*y) + x^y', 2, 3);
    const h = 1e-6;
    const value = compileValue(parse('x / y + exp(x) * log(y) + sqrt(x*y) + x^y'));
    expect(f).toBe(value(2, 3));
    expect(dx).toBeCloseTo((value(2 + h, 3) - value(2 - h, 3)) / (2 * h), 5);
    expect(dy).toBeCloseTo((value(2, 3 + h) - value(2, 3 - h)) / (2 * h), 5);
  });

  it('agree with central finite differences on random smooth expressions', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        smooth,
        fc.double({ min: -1.5, max: 1.5, noNaN: true }),
        fc.double({ min: -1.5, max: 1.5, noNaN: true }),
        (ast, x, y) => {
          const value = compileValue(ast);
          const out = new Float64Array(2);
          const f = compileGradient(ast)(x, y, out);
          expect(f).toBe(value(x, y));
          const fdx = centralDifference((t) => value(x + t, y));
          const fdy = centralDifference((t) => value(x, y + t));
          const scale = 1 + Math.abs(fdx.estimate) + Math.abs(fdy.estimate) + Math.abs(f);
          if (!Number.isFinite(scale) || scale > 1e6) return;
          // Where the function turns faster than the step (sin of a sixth power), the differences
          // themselves have not settled, and there is nothing to check against.
          if (Math.max(fdx.spread, fdy.spread) > 1e-3 * scale) return;
          expect(Math.abs(out[0]! - fdx.estimate), printExpression(ast)).toBeLessThan(1e-6 * scale);
          expect(Math.abs(out[1]! - fdy.estimate), printExpression(ast)).toBeLessThan(1e-6 * scale);
          checked++;
        },
      ),
      { numRuns: 300 },
    );
    // The draws skipped above are the rare wild ones: most are checked.
    expect(checked).toBeGreaterThan(240);
  });
});

describe('sampleGrid', () => {
  it('samples row by row from (xmin, ymin), corners included', () => {
    const grid = sampleGrid(compileValue(parse('x + 10*y')), [0, 2, 0, 1], 3, 2);
    expect(Array.from(grid)).toEqual([0, 1, 2, 10, 11, 12]);
  });
});
