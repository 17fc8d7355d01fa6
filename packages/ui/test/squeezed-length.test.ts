import { expect, test } from 'vitest';
import { monoWidth, squeezedLength } from '../src/squeezed-length.js';

test('a number wider than its room is squeezed to the room; one that fits is left as it is', () => {
  // Five characters of 13 px monospace are about 39 px wide.
  expect(squeezedLength('−1.73', 13, 36)).toBe(36);
  expect(squeezedLength('0.76', 13, 36)).toBeUndefined();
  expect(squeezedLength('−1.73', 13, 39)).toBeUndefined();
});

test("a monospaced number's width is estimated from its characters, 0.6 em each", () => {
  expect(monoWidth('−1.73', 13)).toBeCloseTo(39);
  expect(monoWidth('', 13)).toBe(0);
});
