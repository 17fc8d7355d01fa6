import type { Hyper } from './correlate.js';
import type { ConvGeometry } from './geometry.js';

/**
 * Transposed convolution as a scatter: each input cell adds input × kernel into the output at
 * (i·s − p + k·d), dropping what lands outside (the crop that padding means here), then the bias.
 * Each output cell receives its contributions in input-cell order (channel, row, column), which is
 * the order the trace replays for its running sums.
 */
export function scatter(
  g: ConvGeometry,
  h: Hyper,
  input: Float64Array,
  weights: Float64Array,
  bias: readonly number[],
): Float64Array {
  const { height: H, width: W, kernelHeight: kH, kernelWidth: kW, outputHeight: Ho, outputWidth: Wo } = g;
  const Cg = g.channelsPerGroup;
  const out = new Float64Array(g.filters * Ho * Wo);
  for (let f = 0; f < g.filters; f++) {
    const firstChannel = Math.floor(f / g.filtersPerGroup) * Cg;
    const mapBase = f * Ho * Wo;
    for (let k = 0; k < Cg; k++) {
      const channelBase = (firstChannel + k) * H * W;
      const kernelBase = (f * Cg + k) * kH * kW;
      for (let i = 0; i < H; i++) {
        for (let j = 0; j < W; j++) {
          const x = input[channelBase + i * W + j]!;
          for (let kh = 0; kh < kH; kh++) {
            const o = i * h.sh - h.ph + kh * h.dh;
            if (o < 0 || o >= Ho) continue;
            for (let kw = 0; kw < kW; kw++) {
              const p = j * h.sw - h.pw + kw * h.dw;
              if (p >= 0 && p < Wo) out[mapBase + o * Wo + p]! += x * weights[kernelBase + kh * kW + kw]!;
            }
          }
        }
      }
    }
    for (let at = mapBase; at < mapBase + Ho * Wo; at++) out[at] = out[at]! + bias[f]!;
  }
  return out;
}
