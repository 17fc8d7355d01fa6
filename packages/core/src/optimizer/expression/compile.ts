import type { Expr } from './ast.js';
import { compileGradient, type GradientFunction } from './gradient.js';
import { compileValue, type ValueFunction } from './value.js';

/** A loss surface ready to evaluate: f alone (contours), or f with its exact gradient (optimizers). */
export interface CompiledExpression {
  readonly value: ValueFunction;
  readonly gradient: GradientFunction;
}

export function compileExpression(ast: Expr): CompiledExpression {
  return { value: compileValue(ast), gradient: compileGradient(ast) };
}
