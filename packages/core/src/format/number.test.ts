import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatFactor, formatNumber, formatText } from './number.js';

describe('formatNumber', () => {
  it('prints everyday magnitudes plainly, to six significant digits, without trailing zeros', () => {
    expect(formatNumber(1.125)).toBe('1.125');
    expect(formatNumber(2 / 3)).toBe('0.666667');
    expect(formatNumber(-0.0001868)).toBe('-0.0001868');
    expect(formatNumber(123456.7)).toBe('123457');
  });
  it('never writes zeros a number does not have: rounding stops at the units, or takes an exponent', () => {
    expect(formatNumber(12345, 3)).toBe('12345');
    expect(formatNumber(-12345.6, 3)).toBe('-12346');
    expect(formatNumber(1234, 3)).toBe('1234');
    expect(formatNumber(999999.7, 3)).toBe('1000000');
    expect(formatNumber(1234567.8)).toBe('1.23457e6');
    expect(formatNumber(1234567.8, 3)).toBe('1.23e6');
    expect(formatNumber(12300, 3)).toBe('12300');
    expect(formatNumber(1_000_000)).toBe('1000000');
    expect(formatNumber(1_234_567, 3)).toBe('1234567');
    expect(formatNumber(2_000_000.5, 17)).toBe('2000000.5');
    expect(formatNumber(999.96, 4)).toBe('1000');
    expect(formatText(1234567.8, 3)).toBe('1.23×10⁶');
  });
  it('prints -0 as 0 and keeps an exponent that JSON and the number fields read back', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(4.52613e-6)).toBe('4.52613e-6');
    expect(Number(formatNumber(-3.2e12))).toBe(-3.2e12);
  });
});

// Written out digit for digit at any precision: rounding to fewer digits stops at the units (above).
test.prop([fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 1, max: 17 })])(
  'writes whole numbers below a billion as they are',
  (n, digits) => {
    expect(formatNumber(n, digits)).toBe(String(n));
    expect(formatText(n, digits)).toBe(String(n).replace('-', '−'));
  },
);

describe('formatText', () => {
  it('writes a true minus sign', () => {
    expect(formatText(-2.5)).toBe('−2.5');
  });
  it('writes an exponent as a power of ten, as the worked answer does', () => {
    expect(formatText(4.52613e-6)).toBe('4.52613×10⁻⁶');
    expect(formatText(-1.5e12)).toBe('−1.5×10¹²');
    expect(formatText(9.88e-324, 3)).toBe('9.88×10⁻³²⁴');
  });
  it('writes a bare power of ten for a mantissa of 1, as eps is written', () => {
    expect(formatText(1e-5)).toBe('10⁻⁵');
    expect(formatText(-1e-8)).toBe('−10⁻⁸');
    expect(formatText(1.5e-5)).toBe('1.5×10⁻⁵');
  });
  it('names the infinities', () => {
    expect(formatText(Infinity)).toBe('∞');
    expect(formatText(NaN)).toBe('NaN');
    expect(formatText(-Infinity)).toBe('−∞');
  });
});

describe('formatFactor', () => {
  it('puts negative factors in parentheses, and nothing else', () => {
    expect(formatFactor(-1)).toBe('(−1)');
    expect(formatFactor(-0)).toBe('0');
    expect(formatFactor(2e-7)).toBe('2×10⁻⁷');
  });
});
