import { describe, expect, test } from 'vitest';
import { revealSpan } from '../src/follow-marks.js';

/** A region 300 px wide scrolled to `scrollLeft`, with the span revealed in it; its new scroll. */
function revealed(scrollLeft: number, left: number, right: number): number {
  const region = { scrollLeft, clientWidth: 300 };
  revealSpan(region, left, right);
  return region.scrollLeft;
}

describe('revealSpan', () => {
  test('leaves a span already in view, 24 px clear of both edges, where it is', () => {
    expect(revealed(100, 150, 350)).toBe(100);
  });

  test('scrolls as little as it can, keeping 24 px to spare', () => {
    expect(revealed(0, 400, 500)).toBe(224);
    expect(revealed(400, 300, 350)).toBe(276);
  });

  test('going back to a span that fits at the start scrolls all the way there', () => {
    expect(revealed(400, 100, 200)).toBe(0);
  });

  test('a span nearly as wide as the region shows whole, with the margin left shared by both sides', () => {
    // 290 px in 300: 5 px each side, where a full 24 px on the right would cut 38 px off its left.
    expect(revealed(0, 400, 690)).toBe(395);
    expect(revealed(800, 400, 690)).toBe(395);
  });

  test('a span wider than the region shows from its start', () => {
    expect(revealed(800, 400, 750)).toBe(400);
  });
});
