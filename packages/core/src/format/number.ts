/**
 * Numbers as an answer key prints them: up to `digits` significant digits, no trailing zeros,
 * no exponent for everyday magnitudes, and `-0` shown as `0`. Only for display: solutions keep
 * full float64.
 */
export function formatNumber(x: number, digits = 6): string {
  // Whole numbers below a billion are written out as they are (see below); a grid writes thousands.
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return String(x || 0);
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '−∞' : 'NaN';
  const magnitude = Math.abs(x);
  // Rounding to `digits` inside the integer part would write zeros the value does not have (12345 as
  // "12300"): such a number is rounded to its units instead (12345, shorter than 1.23e4 too), or,
  // from a million up, unless it is whole, takes the exponent (1.23457e6). `|| 0` writes -0 as 0.
  const whole = magnitude < 10 ** digits ? +x.toPrecision(digits) : Math.round(x);
  if (!x || (magnitude >= 1e-4 && magnitude < (whole === x ? 1e9 : 1e6))) return String(whole || 0);
  const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
  return `${+mantissa!}e${+exponent!}`;
}

/**
 * For prose, narration and labels: a true minus sign (−), which screen readers and fonts treat as
 * one, and an exponent as a reader writes it, 4.5261×10⁻⁶ (1e-5 as 10⁻⁵), as the worked answer's TeX does.
 */
export function formatText(x: number, digits = 6): string {
  // As formatNumber writes whole numbers below a billion, with a true minus sign.
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return x < 0 ? `−${-x}` : String(x || 0);
  const [mantissa, exponent] = formatNumber(x, digits).replace(/^-/, '−').split('e');
  if (!exponent) return mantissa!;
  const power = exponent.replace(/./g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!);
  // A mantissa is at least 1 and below 10, so "1×" is a mantissa of exactly 1.
  return `${mantissa}×10${power}`.replace(/^(−?)1×/, '$1');
}

/** A factor inside a product: negatives in parentheses, `2·(−1)`. */
export function formatFactor(x: number, digits = 6): string {
  const s = formatText(x, digits);
  return x < 0 && s !== '0' ? `(${s})` : s;
}
