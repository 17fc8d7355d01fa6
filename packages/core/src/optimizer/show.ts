import { formatText } from '../format/number.js';
import { tex, texAdded, texFactor } from '../format/tex.js';
import type { Vec2 } from './problem.js';

/**
 * How a pair of coordinates is written: (x, y) on a surface, x alone on a 1-D curve (where y
 * never moves and the exams speak of a scalar w).
 */
export interface Show {
  readonly oneDimensional: boolean;
  text(v: Vec2): string;
  tex(v: Vec2): string;
  /** As a factor of a product: a negative scalar in parentheses, `0.9 \cdot (-0.36)`. */
  texFactor(v: Vec2): string;
  /** As a term added to what comes before it: `1.8 - 0.36` rather than `1.8 + -0.36`. */
  texAdded(v: Vec2): string;
  /** As a function's argument: `\nabla f(1.8)`; a pair brings its own parentheses. */
  texArgument(v: Vec2): string;
}

export function show(oneDimensional: boolean): Show {
  // A pair is already bracketed by \left( \right), so only the scalar of a 1-D curve needs care.
  const pair = (v: Vec2) => `\\left(${tex(v[0])},\\ ${tex(v[1])}\\right)`;
  return {
    oneDimensional,
    text: (v) => (oneDimensional ? formatText(v[0]) : `(${formatText(v[0])}, ${formatText(v[1])})`),
    tex: (v) => (oneDimensional ? tex(v[0]) : pair(v)),
    texFactor: (v) => (oneDimensional ? texFactor(v[0]) : pair(v)),
    texAdded: (v) => texAdded(oneDimensional ? tex(v[0]) : pair(v)),
    texArgument: (v) => (oneDimensional ? `(${tex(v[0])})` : pair(v)),
  };
}
