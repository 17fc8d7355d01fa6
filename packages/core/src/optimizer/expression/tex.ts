import { tex } from '../../format/tex.js';
import type { Expr } from './ast.js';
import { FUNCTIONS } from './functions.js';
import { operandNeeds, precedence, Precedence } from './precedence.js';

function wrap(node: Expr, needs: Precedence): string {
  const text = expressionTex(node);
  return precedence(node) < needs ? `\\left(${text}\\right)` : text;
}

/** The expression in LaTeX: fractions for '/', superscripts for '^', a centred dot for '*'. */
export function expressionTex(node: Expr): string {
  switch (node.kind) {
    case 'number':
      return tex(node.value, 12);
    case 'variable':
      return node.name;
    case 'negate':
      return `-${wrap(node.operand, Precedence.Unary)}`;
    case 'call':
      return FUNCTIONS[node.name].tex(expressionTex(node.argument));
    case 'binary':
      switch (node.operator) {
        case '/':
          return `\\frac{${expressionTex(node.left)}}{${expressionTex(node.right)}}`;
        case '^': {
          // e^{u} already carries a superscript: a second one needs the base in parentheses.
          const base =
            node.left.kind === 'call' && node.left.name === 'exp'
              ? `\\left(${expressionTex(node.left)}\\right)`
              : wrap(node.left, Precedence.Atom);
          return `${base}^{${expressionTex(node.right)}}`;
        }
        case '*':
          return `${wrap(node.left, operandNeeds('*', 'left'))} \\cdot ${wrap(node.right, operandNeeds('*', 'right'))}`;
        default:
          return `${wrap(node.left, Precedence.Sum)} ${node.operator} ${wrap(node.right, operandNeeds(node.operator, 'right'))}`;
      }
  }
}
