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

/** The outputs o in [0, count) whose every tap lands inside [0, size): no padding in their window. */
function interior(count: number, size: number, s: number, p: number, reach: number): [number, number] {
  const first = Math.min(count, Math.ceil(p / s));
  const end = Math.max(first, Math.min(count, Math.floor((size + p - reach) / s) + 1));
  return [first, end];
}

/**
 * Cross-correlation (no kernel flip) of each filter with its group's input channels, plus bias.
 * Each output sums channel by channel (each channel's taps in row-major order, from 0), adds the
 * channel sums in order, then the bias: the order the trace writes them, so the trace's sums equal
 * these numbers bit for bit. Windows clear of the padding (most of them) read their taps through a
 * table of offsets without bounds tests; windows at the border test each tap.
 */
export function correlate(
  g: ConvGeometry,
  h: Hyper,
  input: Float64Array,
  weights: Float64Array,
  bias: readonly number[],
): Float64Array {
  const { height: H, width: W, kernelHeight: kH, kernelWidth: kW, outputHeight: Ho, outputWidth: Wo } = g;
  const { sh, sw, ph, pw, dh, dw } = h;
  const Cg = g.channelsPerGroup;
  const taps = kH * kW;
  const out = new Float64Array(g.filters * Ho * Wo);
  const offsets = new Int32Array(taps);
  for (let kh = 0; kh < kH; kh++)
    for (let kw = 0; kw < kW; kw++) offsets[kh * kW + kw] = kh * dh * W + kw * dw;
  const [o0, o1] = interior(Ho, H, sh, ph, dh * (kH - 1) + 1);
  const [p0, p1] = interior(Wo, W, sw, pw, dw * (kW - 1) + 1);
  for (let f = 0, at = 0; f < g.filters; f++) {
    const firstChannel = Math.floor(f / g.filtersPerGroup) * Cg;
    for (let o = 0; o < Ho; o++) {
      const top = o * sh - ph;
      const rowInside = o >= o0 && o < o1;
      for (let p = 0; p < Wo; p++, at++) {
        const left = p * sw - pw;
        let total = 0;
        for (let k = 0; k < Cg; k++) {
          const channelBase = (firstChannel + k) * H * W;
          const kernelBase = (f * Cg + k) * taps;
          let sum = 0;
          if (rowInside && p >= p0 && p < p1) {
            const base = channelBase + top * W + left;
            for (let t = 0; t < taps; t++) sum += input[base + offsets[t]!]! * weights[kernelBase + t]!;
          } else {
            for (let kh = 0; kh < kH; kh++) {
              const i = top + kh * dh;
              if (i < 0 || i >= H) continue;
              for (let kw = 0; kw < kW; kw++) {
                const j = left + kw * dw;
                if (j >= 0 && j < W)
                  sum += input[channelBase + i * W + j]! * weights[kernelBase + kh * kW + kw]!;
              }
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
