/**
 * The problem format lets stride, padding, dilation, output padding and pool sizes be one number or a
 * [rows, columns] pair. The settings panel edits both axes; these keep the JSON in its short form
 * whenever the two agree, so a problem the user did not make rectangular stays as it was written.
 */
export type PairValue = number | [number, number];

export function pairOf(value: PairValue | undefined, fallback: number): [number, number] {
  if (value === undefined) return [fallback, fallback];
  return typeof value === 'number' ? [value, value] : [value[0], value[1]];
}

export function pairValue(rows: number, columns: number): PairValue {
  return rows === columns ? rows : [rows, columns];
}

/** The pair with one axis replaced. */
export function withAxis(pair: readonly [number, number], axis: 0 | 1, value: number): PairValue {
  return axis === 0 ? pairValue(value, pair[1]) : pairValue(pair[0], value);
}
