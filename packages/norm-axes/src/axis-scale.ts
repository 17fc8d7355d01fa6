/**
 * A linear axis for the box plots: the domain widened to round tick steps (1, 2 or 5 × 10^k), the
 * ticks, and the map to drawing units. Written here rather than taken from d3-scale, whose number
 * formatting and color interpolation would double the element's download for these few lines.
 */
export interface AxisScale {
  (value: number): number;
  readonly ticks: number[];
  readonly range: readonly [number, number];
}

function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  return power * (ratio >= 5 ? 10 : ratio >= 2 ? 5 : ratio >= 1 ? 2 : 1);
}

export function axisScale(low: number, high: number, range: readonly [number, number], count = 4): AxisScale {
  const step = tickStep(high - low || 1, count);
  const from = Math.floor(low / step) * step;
  const to = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's decimals, so 0.30000000000000004 prints as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0; from + i * step <= to + step / 2; i++)
    ticks.push(Number((from + i * step).toFixed(decimals)));
  const scale = (value: number) => range[0] + ((value - from) / (to - from)) * (range[1] - range[0]);
  return Object.assign(scale, { ticks, range });
}
