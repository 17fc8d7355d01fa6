import type { OptimizerRun } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { logScale } from '../src/axis-scale.js';
import { lossDomain } from '../src/loss-domain.js';

/** A run that made these losses (and diverged after them, when told). */
const run = (losses: number[], diverged = false): OptimizerRun =>
  ({
    f: Float64Array.from(diverged ? [...losses, Infinity] : losses),
    updates: losses.length - (diverged ? 0 : 1),
    diverged,
  }) as unknown as OptimizerRun;

describe('the loss axis', () => {
  test('a log axis is offered when some losses are exactly 0, with the zeros below the smallest positive one', () => {
    const domain = lossDomain([run([50, 2, 0, 0]), run([50, 1e-3, 1e-4])]);
    expect(domain.low).toBe(0);
    const [bottom, top] = domain.log!;
    expect(top).toBe(50);
    // A decade between the smallest positive loss and the zeros' bottom edge.
    expect(bottom).toBeCloseTo(1e-5);
    const y = logScale(domain.log!, [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(1e-4)).toBeLessThan(100 - 100 / 7);
  });

  test('a log axis stops sixteen decades under the start: underflowing losses sit at its bottom', () => {
    // A run landing on the minimum passes through a denormal loss on its way to 0.
    const [bottom, top] = lossDomain([run([50, 1e-3, 9.88e-324, 0]), run([50, 2])]).log!;
    expect(top).toBe(50);
    expect(bottom).toBeCloseTo(5e-16, 20);
    const y = logScale([bottom, top], [100, 0]);
    // The losses that matter keep most of the axis: 10⁻³ sits well above its bottom quarter.
    expect(y(1e-3)).toBeLessThan(75);
    // The denormal sits on the bottom edge with the 0 after it, not under the chart.
    expect(y(9.88e-324)).toBe(100);
    expect(y(1e-20)).toBe(100);
  });

  test('no log axis for a negative loss, or for losses that are all 0', () => {
    expect(lossDomain([run([3, 1, -1])]).log).toBeUndefined();
    expect(lossDomain([run([0, 0, 0])]).log).toBeUndefined();
    expect(lossDomain([run([3, 1, 0.5])]).log).toEqual([0.5, 3]);
  });

  test('a constant loss gets an axis of a tenth of it around it, or of 1 around 0, not rounding noise', () => {
    expect(lossDomain([run([0, 0, 0])])).toMatchObject({ low: -1, high: 1 });
    const constant = lossDomain([run([5, 5])]);
    expect(constant.low).toBeCloseTo(4.5);
    expect(constant.high).toBeCloseTo(5.5);
  });

  test('a run going back and forth above its start is drawn whole; a spike or a diverging run is cut', () => {
    // Gradient descent on |x| from 0.1 with step 0.5: 0.1, 0.4, then 0.1 less a rounding, 0.4, …
    expect(lossDomain([run([0.1, 0.4, 0.09999999999999998, 0.4])])).toMatchObject({
      low: 0.09999999999999998,
      high: 0.4,
    });
    expect(lossDomain([run([1, 3, 0.5]), run([1, 0.2])])).toMatchObject({ low: 0.2, high: 3 });
    // More than ten times the start's height: the rest would be flattened at the bottom.
    expect(lossDomain([run([1, 20, 0.5]), run([1, 0])])).toMatchObject({ low: 0, high: 1 });
    expect(lossDomain([run([1, 3, 9], true), run([1, 0.5])])).toMatchObject({ low: 0.5, high: 1 });
  });

  test('a diverged run counts up to its last finite loss', () => {
    expect(lossDomain([run([4, 1], true)])).toMatchObject({ low: 1, high: 4, log: [1, 4] });
  });
});
