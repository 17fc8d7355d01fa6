import { describe, expect, test } from 'vitest';
import { contourLevels } from '../src/contour-levels.js';

describe('contourLevels', () => {
  // A ramp, and the same ramp with one sample gone to −∞ (log 0), +∞ (exp overflowing) or NaN.
  const ramp = Float64Array.from({ length: 900 }, (_, i) => (i * i) / 100);
  test.each([-Infinity, Infinity, NaN])('one %s sample leaves the levels of the finite ones', (hole) => {
    const values = ramp.slice();
    values[hole === Infinity ? values.length - 1 : 0] = hole;
    const finite = values.filter(Number.isFinite);
    const { thresholds, low, high } = contourLevels(values);
    expect(thresholds.length).toBeGreaterThan(4);
    expect(thresholds).toEqual(contourLevels(finite).thresholds);
    // What the contours fill the hole with: −∞ joins the lowest band, +∞ and NaN the highest.
    expect([low, high]).toEqual([Math.min(...finite), Math.max(...finite)]);
  });
});
