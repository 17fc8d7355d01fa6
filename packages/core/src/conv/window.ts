import type { ConvComputation } from './compute.js';
import { tapPosition } from './reach.js';
import type { ConvChannelWindow, ConvTap } from './steps.js';

/**
 * The windows behind conv output (filter, row, column), one per input channel of its group. Sums
 * add the taps in row-major order as `correlate` does, so they equal the solver's numbers.
 */
export function windowChannels(
  run: ConvComputation,
  filter: number,
  row: number,
  column: number,
): ConvChannelWindow[] {
  const { geometry: g, hyper: h, input, weights } = run;
  const { height: H, width: W, kernelHeight: kH, kernelWidth: kW, channelsPerGroup: Cg } = g;
  const firstChannel = Math.floor(filter / g.filtersPerGroup) * Cg;
  const windows: ConvChannelWindow[] = [];
  for (let k = 0; k < Cg; k++) {
    const channel = firstChannel + k;
    const taps: ConvTap[] = [];
    let sum = 0;
    for (let kh = 0; kh < kH; kh++) {
      const inputRow = tapPosition(row, kh, h.sh, h.ph, h.dh);
      for (let kw = 0; kw < kW; kw++) {
        const inputColumn = tapPosition(column, kw, h.sw, h.pw, h.dw);
        const padding = inputRow < 0 || inputRow >= H || inputColumn < 0 || inputColumn >= W;
        const x = padding ? 0 : input[(channel * H + inputRow) * W + inputColumn]!;
        const weight = weights[((filter * Cg + k) * kH + kh) * kW + kw]!;
        const product = x * weight;
        if (!padding) sum += product;
        taps.push({
          kernelRow: kh,
          kernelColumn: kw,
          inputRow,
          inputColumn,
          padding,
          input: x,
          weight,
          product,
        });
      }
    }
    windows.push({ channel, kernelChannel: k, taps, sum });
  }
  return windows;
}
