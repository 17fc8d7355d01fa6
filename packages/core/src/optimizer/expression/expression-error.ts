/** Why an expression does not parse, and the 1-based column where the reader should look. */
export interface ExpressionError {
  readonly message: string;
  readonly column: number;
}
