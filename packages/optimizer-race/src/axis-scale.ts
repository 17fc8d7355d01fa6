import { ticks } from 'd3-array';

/** A map from data to pixels along one axis, with its inverse and tick values (d3-scale's shape, without its interpolators and formatters). */
export interface AxisScale {
  (value: number): number;
  invert(pixel: number): number;
  ticks(count: number): number[];
}

type Span = readonly [number, number];

/**
 * The affine map taking `from` onto `to` (a degenerate `from` maps everything to the middle of `to`).
 * Values outside `from` map outside `to`: the charts cut what leaves them at their edge rather than
 * flatten it onto the edge, where it would read as a value there.
 */
function affine(from: Span, to: Span): (v: number) => number {
  const [a, b] = from;
  const scale = b === a ? 0 : (to[1] - to[0]) / (b - a);
  return (v) => (scale === 0 ? (to[0] + to[1]) / 2 : to[0] + (v - a) * scale);
}

/** A linear scale from `domain` to `range`. */
export function linearScale(domain: Span, range: Span): AxisScale {
  const forward = affine(domain, range);
  const backward = affine(range, domain);
  return Object.assign(forward, {
    invert: backward,
    ticks: (count: number) => ticks(domain[0], domain[1], count),
  });
}

/**
 * A base-10 log scale (domain positive). Ticks are the powers of ten, thinned to about `count`,
 * or 1, 2, 5 × each power when the domain spans only a few decades, or linear ticks within one.
 * A value under its domain (0, as a loss can be, or a loss under float64's precision of the start)
 * goes to the start of the range: a loss chart's bottom edge, where its tick says 0.
 */
export function logScale(domain: Span, range: Span): AxisScale {
  const logs: Span = [Math.log10(domain[0]), Math.log10(domain[1])];
  const forward = affine(logs, range);
  const backward = affine(range, logs);
  const scale = (v: number) => (v > domain[0] ? forward(Math.log10(v)) : range[0]);
  return Object.assign(scale, {
    invert: (p: number) => 10 ** backward(p),
    ticks(count: number): number[] {
      const lo = Math.min(domain[0], domain[1]);
      const hi = Math.max(domain[0], domain[1]);
      const first = Math.floor(Math.log10(lo));
      const last = Math.ceil(Math.log10(hi));
      const decades = last - first;
      const multiples = decades <= count / 2 ? [1, 2, 5] : [1];
      const stride = Math.max(1, Math.ceil(decades / count));
      const found: number[] = [];
      for (let e = first; e <= last; e += stride)
        for (const m of multiples) {
          const tick = Number((m * 10 ** e).toPrecision(12));
          if (tick >= lo && tick <= hi) found.push(tick);
        }
      return found.length >= 2 ? found : ticks(lo, hi, count);
    },
  });
}
