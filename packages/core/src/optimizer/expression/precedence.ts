import type { Expr } from './ast.js';

/**
 * How tightly an expression binds, for printing with the fewest parentheses: a child whose
 * precedence is below what its place in the grammar (parse.ts) needs gets parenthesized.
 */
export const Precedence = { Sum: 1, Product: 2, Unary: 3, Power: 4, Atom: 5 } as const;
export type Precedence = (typeof Precedence)[keyof typeof Precedence];

export function precedence(node: Expr): Precedence {
  switch (node.kind) {
    case 'number':
    case 'variable':
    case 'call':
      return Precedence.Atom;
    case 'negate':
      return Precedence.Unary;
    case 'binary':
      if (node.operator === '^') return Precedence.Power;
      return node.operator === '+' || node.operator === '-' ? Precedence.Sum : Precedence.Product;
  }
}

/** The precedence each operand of a binary operator needs to stay itself without parentheses. */
export function operandNeeds(operator: string, side: 'left' | 'right'): Precedence {
  if (operator === '^') return side === 'left' ? Precedence.Atom : Precedence.Unary;
  const level = operator === '+' || operator === '-' ? Precedence.Sum : Precedence.Product;
  // Sums and products group to the left: a right operand of the same level needs parentheses.
  return side === 'left' ? level : ((level + 1) as Precedence);
}
