import { formatNumber, formatText } from '@dlviz/core';

/**
 * A cell's number to `digits` significant digits, or to one more when that one more writes it
 * exactly: exam numbers such as an average pool's 1.125 show as they are, not as 1.13, while a
 * long fraction stays short. The name and the narration carry every digit.
 */
export function cellText(value: number, digits: number): string {
  const exact = Number(formatNumber(value, digits + 1)) === value;
  return formatText(value, exact ? digits + 1 : digits);
}

/**
 * How many characters a cell writes `value` in. Whole numbers below 10⁹ are written out in full
 * (see formatNumber), so their characters are counted without formatting them: a re-solved layer
 * sizes thousands of columns' cells, most of them whole in exam problems.
 */
export function cellTextLength(value: number, digits: number): number {
  return Number.isInteger(value) && Math.abs(value) < 1e9
    ? String(value).length
    : cellText(value, digits).length;
}
