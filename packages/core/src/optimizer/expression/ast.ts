/** The variables a loss surface may use. */
export type Variable = 'x' | 'y';

export const FUNCTION_NAMES = ['abs', 'sqrt', 'exp', 'log', 'sin', 'cos', 'tanh', 'sigmoid'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

/**
 * A parsed expression. Numbers are never negative: `-2` is a negation of 2, as written, so that
 * printing an expression gives back the text's structure.
 */
export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly name: Variable }
  | { readonly kind: 'negate'; readonly operand: Expr }
  | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly name: FunctionName; readonly argument: Expr };
