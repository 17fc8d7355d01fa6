import type { Expr, Variable } from './ast.js';

export function usesVariable(node: Expr, name: Variable): boolean {
  switch (node.kind) {
    case 'number':
      return false;
    case 'variable':
      return node.name === name;
    case 'negate':
      return usesVariable(node.operand, name);
    case 'call':
      return usesVariable(node.argument, name);
    case 'binary':
      return usesVariable(node.left, name) || usesVariable(node.right, name);
  }
}

/** Neither x nor y: the subtree is a number, computed once when compiling. */
export function isConstant(node: Expr): boolean {
  return !usesVariable(node, 'x') && !usesVariable(node, 'y');
}

/**
 * A loss of x alone (x², |x|) is drawn as a curve, not a surface. A constant uses neither
 * variable and stays a (flat) surface, where noise-driven walks are seen in both directions.
 */
export function isOneDimensional(node: Expr): boolean {
  return usesVariable(node, 'x') && !usesVariable(node, 'y');
}
