import { expect, test } from 'vitest';
import { compileExpression } from './compile.js';
import { parseExpression } from './parse.js';
import { rowProgram } from './row-program.js';

test.each([
  'x^2 + 10*y^2',
  '(1 - x)^2 + 100*(y - x^2)^2',
  '-abs(x) + sqrt(y) - exp(x/4) * log(y)',
  'sin(3*x)*cos(3*y) / (1 + tanh(x - y)) + sigmoid(x*y)',
  '2^3 - -x',
  '7',
])('%s: every point as the core computes it', (expression) => {
  const parsed = parseExpression(expression);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const f = compileExpression(parsed.ast).value;
  const xs = Float64Array.from({ length: 25 }, (_, i) => -3 + i / 4);
  const row = rowProgram(parsed.ast, xs);
  for (const y of [-2, -0.5, 0, 0.75, 2]) {
    // The same arithmetic in the same order: the same numbers, NaN where the core gives NaN.
    expect(Array.from(row(y))).toEqual(Array.from(xs, (x) => f(x, y)));
  }
});
