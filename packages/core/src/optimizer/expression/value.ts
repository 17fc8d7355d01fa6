import type { Expr } from './ast.js';
import { FUNCTIONS } from './functions.js';
import { isConstant } from './variables.js';

export type ValueFunction = (x: number, y: number) => number;

function build(node: Expr): ValueFunction {
  switch (node.kind) {
    case 'number': {
      const c = node.value;
      return () => c;
    }
    case 'variable':
      return node.name === 'x' ? (x) => x : (_x, y) => y;
    case 'negate': {
      const a = compileValue(node.operand);
      return (x, y) => -a(x, y);
    }
    case 'call': {
      const a = compileValue(node.argument);
      const f = FUNCTIONS[node.name].value;
      return (x, y) => f(a(x, y));
    }
    case 'binary': {
      const a = compileValue(node.left);
      const b = compileValue(node.right);
      switch (node.operator) {
        case '+':
          return (x, y) => a(x, y) + b(x, y);
        case '-':
          return (x, y) => a(x, y) - b(x, y);
        case '*':
          return (x, y) => a(x, y) * b(x, y);
        case '/':
          return (x, y) => a(x, y) / b(x, y);
        case '^':
          return (x, y) => Math.pow(a(x, y), b(x, y));
      }
    }
  }
}

/**
 * f(x, y) as nested closures (never eval): the fast path for contour grids. Subtrees without
 * variables are computed once here instead of at every point.
 */
export function compileValue(node: Expr): ValueFunction {
  const f = build(node);
  if (node.kind === 'number' || !isConstant(node)) return f;
  const c = f(0, 0);
  return () => c;
}
