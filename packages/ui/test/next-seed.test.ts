import { describe, expect, test } from 'vitest';
import { nextSeed } from '../src/next-seed.js';

describe('nextSeed', () => {
  test('starts at 1, stays within 1 to 99 999 and changes at every draw', () => {
    let seed = nextSeed(undefined);
    expect(seed).toBe(1);
    for (let i = 0; i < 1000; i++) {
      const next = nextSeed(seed);
      expect(Number.isInteger(next) && next >= 1 && next <= 99_999 && next !== seed).toBe(true);
      seed = next;
    }
  });
});
