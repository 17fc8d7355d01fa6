import type { ConvGeometry } from './geometry.js';

/** The hyperparameters the inner loops read, as plain numbers. */
export interface Hyper {
  readonly sh: number;
  readonly sw: number;
  readonly ph: number;
  readonly pw: number;
  readonly dh: number;
  readonly dw: number;
}

/**
 * Cross-correlation (no kernel flip) of each filter with its group's input channels, plus bias.
 * Sums run channel by channel, each channel's taps in row-major order, and the bias comes last: the
 * order the trace writes them, so the trace's sums equal these numbers bit for bit.
 */
export function correlate(
  g: ConvGeometry,
  h: Hyper,
  input: Float64Array,
  weights: Float64Array,
  bias: readonly number[],
): Float64Array {
  const { height: H, width: W, kernelHeight: kH, kernelWidth: kW, outputHeight: Ho, outputWidth: Wo } = g;
  const Cg = g.channelsPerGroup;
  const out = new Float64Array(g.filters * Ho * Wo);
  for (let f = 0, at = 0; f < g.filters; f++) {
    const firstChannel = Math.floor(f / g.filtersPerGroup) * Cg;
    for (let o = 0; o < Ho; o++) {
      const top = o * h.sh - h.ph;
      for (let p = 0; p < Wo; p++, at++) {
        const left = p * h.sw - h.pw;
        let total = 0;
        for (let k = 0; k < Cg; k++) {
          const channelBase = (firstChannel + k) * H * W;
          const kernelBase = (f * Cg + k) * kH * kW;
          let sum = 0;
          for (let kh = 0; kh < kH; kh++) {
            const i = top + kh * h.dh;
            if (i < 0 || i >= H) continue;
            const rowBase = channelBase + i * W;
            const kernelRow = kernelBase + kh * kW;
            for (let kw = 0; kw < kW; kw++) {
              const j = left + kw * h.dw;
              if (j >= 0 && j < W) sum += input[rowBase + j]! * weights[kernelRow + kw]!;
            }
          }
          total += sum;
        }
        out[at] = total + bias[f]!;
      }
    }
  }
  return out;
}
