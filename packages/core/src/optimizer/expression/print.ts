import type { Expr } from './ast.js';
import { operandNeeds, precedence, Precedence } from './precedence.js';

function wrap(node: Expr, needs: Precedence): string {
  const text = printExpression(node);
  return precedence(node) < needs ? `(${text})` : text;
}

/** The expression as text that parses back to the same tree, with the fewest parentheses. */
export function printExpression(node: Expr): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'variable':
      return node.name;
    case 'negate':
      return `-${wrap(node.operand, Precedence.Unary)}`;
    case 'call':
      return `${node.name}(${printExpression(node.argument)})`;
    case 'binary': {
      const left = wrap(node.left, operandNeeds(node.operator, 'left'));
      const right = wrap(node.right, operandNeeds(node.operator, 'right'));
      return node.operator === '^' ? `${left}^${right}` : `${left} ${node.operator} ${right}`;
    }
  }
}
