import { texFactor, texSum } from '../format/tex.js';
import { SHOWN_TERMS, type At } from './notation.js';

/** The TeX names of notation.ts's: z^{[1]}_{0} for unit 0 of layers[1], W^{[1]}_{0,2} for its weight from unit 2. */
export const unitTex = (symbol: 'z' | 'a' | 'b', layer: number, unit: At): string =>
  `${symbol}^{[${layer}]}_{${unit}}`;
export const weightTex = (layer: number, row: At, column: At): string => `W^{[${layer}]}_{${row},${column}}`;
export const gradientTex = (of: string): string => `\\frac{\\partial L}{\\partial ${of}}`;

/** A sum, shortened to `\cdots` past SHOWN_TERMS terms as the narration shortens it. */
export function sumTex(terms: readonly string[]): string {
  return texSum(terms.length > SHOWN_TERMS ? [...terms.slice(0, SHOWN_TERMS), '\\cdots'] : terms);
}

/** Products `a\cdot b`, negatives in parentheses. */
export const productTex = (...factors: number[]): string => factors.map((f) => texFactor(f)).join('\\cdot ');
