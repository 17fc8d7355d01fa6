import type { ConvComputation } from './compute.js';
import { solvedTaps, tapPosition } from './reach.js';
import type { ConvContribution, ConvScatterTarget } from './steps.js';

/**
 * The products an output cell of a transposed conv receives, in the order `scatter` adds them
 * (input channel, row, column), so their running sum equals the solver's bit for bit.
 */
export function contributions(
  run: ConvComputation,
  filter: number,
  row: number,
  column: number,
): ConvContribution[] {
  const { geometry: g, hyper: h, input, weights } = run;
  const { height: H, width: W, kernelHeight: kH, kernelWidth: kW, channelsPerGroup: Cg } = g;
  const firstChannel = Math.floor(filter / g.filtersPerGroup) * Cg;
  const rows = solvedTaps(row, H, kH, h.sh, h.ph, h.dh);
  const columns = solvedTaps(column, W, kW, h.sw, h.pw, h.dw);
  const found: ConvContribution[] = [];
  for (let k = 0; k < Cg; k++) {
    const channel = firstChannel + k;
    for (const [inputRow, kernelRow] of rows) {
      for (const [inputColumn, kernelColumn] of columns) {
        const x = input[(channel * H + inputRow) * W + inputColumn]!;
        const weight = weights[((filter * Cg + k) * kH + kernelRow) * kW + kernelColumn]!;
        found.push({
          channel,
          kernelChannel: k,
          inputRow,
          inputColumn,
          kernelRow,
          kernelColumn,
          input: x,
          weight,
          product: x * weight,
        });
      }
    }
  }
  return found;
}

/** Where input cell (channel, row, column) scatters its products into one filter's output. */
export function scatterTargets(
  run: ConvComputation,
  filter: number,
  kernelChannel: number,
  row: number,
  column: number,
): ConvScatterTarget[] {
  const { geometry: g, hyper: h, input, weights } = run;
  const { height: H, width: W, kernelHeight: kH, kernelWidth: kW, channelsPerGroup: Cg } = g;
  const channel = Math.floor(filter / g.filtersPerGroup) * Cg + kernelChannel;
  const x = input[(channel * H + row) * W + column]!;
  const targets: ConvScatterTarget[] = [];
  for (let kh = 0; kh < kH; kh++) {
    const outputRow = tapPosition(row, kh, h.sh, h.ph, h.dh);
    for (let kw = 0; kw < kW; kw++) {
      const outputColumn = tapPosition(column, kw, h.sw, h.pw, h.dw);
      const weight = weights[((filter * Cg + kernelChannel) * kH + kh) * kW + kw]!;
      const product = x * weight;
      const cropped =
        outputRow < 0 || outputRow >= g.outputHeight || outputColumn < 0 || outputColumn >= g.outputWidth;
      // Replays the cell's earlier contributions (those from input cells before this one), on the
      // canvas: a cropped cell's sum is what the crop throws away, and the widget shows it too.
      let before = 0;
      for (const c of contributions(run, filter, outputRow, outputColumn)) {
        if (
          c.kernelChannel > kernelChannel ||
          (c.kernelChannel === kernelChannel &&
            (c.inputRow > row || (c.inputRow === row && c.inputColumn >= column)))
        )
          break;
        before += c.product;
      }
      targets.push({
        kernelRow: kh,
        kernelColumn: kw,
        outputRow,
        outputColumn,
        cropped,
        weight,
        product,
        before,
        after: before + product,
      });
    }
  }
  return targets;
}
