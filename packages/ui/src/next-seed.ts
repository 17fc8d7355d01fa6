import { uniform } from '@dlviz/core';

/**
 * The seed of the next random draw: 1 for the first, then one of 1 to 99 999 drawn from the last,
 * so every press draws anew and the seed shown stays short enough to read out and type back.
 */
export function nextSeed(last: number | undefined): number {
  return last === undefined ? 1 : 1 + Math.floor(uniform(last)() * 99_999);
}
