import { formatText } from '../format/number.js';
import { tex } from '../format/tex.js';
import type { Vec2 } from './problem.js';

/**
 * How a pair of coordinates is written: (x, y) on a surface, x alone on a 1-D curve (where y
 * never moves and the exams speak of a scalar w).
 */
export interface Show {
  readonly oneDimensional: boolean;
  text(v: Vec2): string;
  tex(v: Vec2): string;
}

export function show(oneDimensional: boolean): Show {
  return {
    oneDimensional,
    text: (v) => (oneDimensional ? formatText(v[0]) : `(${formatText(v[0])}, ${formatText(v[1])})`),
    tex: (v) => (oneDimensional ? tex(v[0]) : `\\left(${tex(v[0])},\\ ${tex(v[1])}\\right)`),
  };
}
