import { describe, expect, test } from 'vitest';
import { overlaps } from '../src/box.js';

describe('overlaps', () => {
  test('boxes that share area overlap, whichever comes first; boxes that only touch do not', () => {
    expect(overlaps([0, 0, 10, 10], [5, 5, 15, 15])).toBe(true);
    expect(overlaps([5, 5, 15, 15], [0, 0, 10, 10])).toBe(true);
    expect(overlaps([0, 0, 10, 10], [2, 2, 4, 4])).toBe(true);
    expect(overlaps([0, 0, 10, 10], [10, 0, 20, 10])).toBe(false);
    expect(overlaps([0, 0, 10, 10], [0, 10, 10, 20])).toBe(false);
    expect(overlaps([0, 0, 10, 10], [20, 20, 30, 30])).toBe(false);
  });
});
