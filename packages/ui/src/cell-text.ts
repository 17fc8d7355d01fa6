import { formatNumber, formatText } from '@dlviz/core';

/** The significant digits a grid draws its numbers with, unless it is given others. */
export const GRID_DIGITS = 3;

/**
 * A cell's number to `digits` significant digits, or to one more when that one more writes it
 * exactly: exam numbers such as an average pool's 1.125 show as they are, not as 1.13, while a
 * long fraction stays short. The name and the narration carry every digit.
 */
export function cellText(value: number, digits: number): string {
  const exact = Number(formatNumber(value, digits + 1)) === value;
  return formatText(value, exact ? digits + 1 : digits);
}
