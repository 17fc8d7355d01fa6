/**
 * The few scales the drawing and the charts need, as plain arithmetic: d3-scale would bring its
 * interpolators, colours and number formats (about 13 kB gzip) into the element bundle for four
 * straight lines. What only the charts use is in chart-scales.ts, which loads with them.
 */
export type Scale = (value: number) => number;

/** Maps [d0, d1] linearly onto [r0, r1]. */
export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * slope;
}

/** Maps [0, d1] onto [r0, r1] by the square root, so widths grow with area rather than length. */
export function squareRoot(d1: number, range: readonly [number, number]): Scale {
  const scale = linear([0, Math.sqrt(d1)], range);
  return (value) => scale(Math.sqrt(value));
}
