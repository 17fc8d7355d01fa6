import { texFactor, texSum } from '../format/tex.js';
import { SHOWN_TERMS } from './notation.js';

// Names are notation.ts's (W[1][0][2]), the same in TeX as in words.
export const gradientTex = (of: string): string => `\\frac{\\partial L}{\\partial ${of}}`;

/** A sum, shortened to `\cdots` past SHOWN_TERMS terms as the narration shortens it. */
export function sumTex(terms: readonly string[]): string {
  return texSum(terms.length > SHOWN_TERMS ? [...terms.slice(0, SHOWN_TERMS), '\\cdots'] : terms);
}

/** Products `a\cdot b`, negatives in parentheses. */
export const productTex = (...factors: number[]): string => factors.map((f) => texFactor(f)).join('\\cdot ');
