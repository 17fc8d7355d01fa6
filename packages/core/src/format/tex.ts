import { formatNumber } from './number.js';

/** A number in LaTeX: exponents as ×10^{n}. */
export function tex(x: number, digits = 6): string {
  const s = formatNumber(x, digits);
  if (s === '∞') return '\\infty';
  if (s === '−∞') return '-\\infty';
  const [mantissa, exponent] = s.split('e');
  if (exponent === undefined) return s;
  // 1e-5 is 10^{-5}, as eps is written.
  if (mantissa === '1' || mantissa === '-1') return `${mantissa.replace('1', '')}10^{${exponent}}`;
  return `${mantissa}\\times 10^{${exponent}}`;
}

/** A factor in a LaTeX product: negatives in parentheses. */
export function texFactor(x: number, digits = 6): string {
  const s = tex(x, digits);
  return s.startsWith('-') ? `(${s})` : s;
}

/** A sum of terms written out, with `+ (-3)` folded to `- 3` as people write it. */
export function texSum(terms: readonly string[]): string {
  return terms.map((t, i) => (i === 0 ? t : texAdded(t))).join(' ');
}

/** A term (or a sum) added to what comes before it: `+ 3`, or `- 3` for `-3`. */
export function texAdded(term: string): string {
  return term.startsWith('-') ? `- ${term.slice(1)}` : `+ ${term}`;
}

/** Rows of equations aligned at their `&` (`lhs &= rhs`), one under another. */
export function texRows(rows: readonly string[]): string {
  return `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;
}

/**
 * A derivation as an answer key writes it: `lhs = formula` on one line, then the numbers substituted
 * and the value on the next, aligned at the =, so neither line is as wide as the two together.
 */
export function texDerivation(lhs: string, formula: string, substituted: string, value: number): string {
  return texRows([`${lhs} &= ${formula}`, `&= ${substituted} = ${value}`]);
}

export function texVector(values: readonly number[], digits = 6): string {
  return `\\begin{bmatrix} ${values.map((v) => tex(v, digits)).join(' \\\\ ')} \\end{bmatrix}`;
}

export function texMatrix(rows: readonly (readonly number[])[], digits = 6): string {
  return `\\begin{bmatrix} ${rows.map((r) => r.map((v) => tex(v, digits)).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}
