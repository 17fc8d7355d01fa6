// What only the charts use of scales and axes: apart from scales.ts, which the drawing needs at
// once, so that it loads with the charts.
import { linear, type Scale } from './scales.js';

/** Maps [d0, d1] (both > 0) onto [r0, r1] by their logarithm, clamped to the range. */
export function logarithmic(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const scale = linear([Math.log(domain[0]), Math.log(domain[1])], range);
  const [low, high] = range[0] < range[1] ? range : [range[1], range[0]];
  return (value) => Math.min(high, Math.max(low, scale(Math.log(value))));
}

/** Round tick values (1, 2 or 5 times a power of ten) covering [low, high], about `count` of them. */
export function niceTicks(low: number, high: number, count: number): number[] {
  const rough = (high - low) / count || Math.abs(high) || 1;
  if (!Number.isFinite(rough)) return [low, high];
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  // Multiplying integers by the step (rather than adding it up) keeps 0.1 + 0.2 style errors out.
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

/** An SVG path through the points in order. */
export const polyline = (points: readonly (readonly [number, number])[]): string =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(2)},${y.toFixed(2)}`).join('');
