import { formatFactor } from '../format/number.js';

/**
 * How backprop names things, zero-based as in PyTorch: `z[1][0]` is unit 0 of layer 1, `W[1][0][2]`
 * its weight from unit 2 below, `x[2]` an input value. The formulas (chain rule, worked answer,
 * Markdown) use these same names, valid TeX as they are, so that a student reads one parameter one
 * way wherever it appears, as the drawing, the grids and the parameter list name it.
 */
/** An index is a number, or a letter such as `j` in a formula that holds for every index. */
export type At = number | string;
export const unitText = (symbol: 'z' | 'a' | 'b', layer: number, unit: At): string =>
  `${symbol}[${layer}][${unit}]`;
export const weightText = (layer: number, row: At, column: At): string => `W[${layer}][${row}][${column}]`;

/** The activation feeding column `i` of layer `l`: an input value for the first layer. */
export const feedText = (layer: number, i: At): string =>
  layer === 0 ? `x[${i}]` : unitText('a', layer - 1, i);

export const gradientText = (of: string): string => `∂L/∂${of}`;

/** Sums longer than this are written with their first terms and an ellipsis, in words and in TeX. */
export const SHOWN_TERMS = 6;

/** A sum in words, `2·1 + 0.5·2 − 0.5`, shortened to `… ` past SHOWN_TERMS terms. */
export function sumText(terms: readonly string[]): string {
  const shown = terms.length > SHOWN_TERMS ? [...terms.slice(0, SHOWN_TERMS), '…'] : terms;
  return shown.map((t, i) => (i === 0 ? t : t.startsWith('−') ? `− ${t.slice(1)}` : `+ ${t}`)).join(' ');
}

/** Products `a·b`, negatives in parentheses. */
export const productText = (...factors: number[]): string => factors.map((f) => formatFactor(f)).join('·');
