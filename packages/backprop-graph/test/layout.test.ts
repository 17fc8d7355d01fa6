import { expect, test } from 'vitest';
import { halfWidth, RADIUS, shapeHalfWidth, valueSize } from '../src/layout.js';

test('a value is drawn at 12 px, smaller where it would overflow its node', () => {
  expect(valueSize('unit', 4)).toBe(12);
  expect(valueSize('multiply', 7)).toBeCloseTo(12 * (48 / 50.4), 12);
  for (const kind of ['unit', 'activation', 'input', 'multiply', 'add', 'loss'] as const)
    for (let chars = 1; chars <= 11; chars++)
      expect(2 * halfWidth(chars, valueSize(kind, chars))).toBeLessThanOrEqual(
        2 * shapeHalfWidth(kind, RADIUS) - 6 + 1e-9,
      );
});
