import type { ConvPool } from './problem.js';

/** Pooled maps and, for max pooling, where each maximum sits. */
export interface Pooled {
  readonly values: Float64Array;
  /** Max pooling: the flat index (row·Wo + column) of each window's maximum in its filter's map. */
  readonly argmax: Int32Array | undefined;
}

/**
 * Max or average pooling over each map in PyTorch's floor mode without padding. Ties in max go to
 * the first maximum in row-major order, as PyTorch picks it; averages sum row-major, then divide by
 * the window size.
 */
export function pool(
  maps: Float64Array,
  filters: number,
  Ho: number,
  Wo: number,
  spec: ConvPool,
  Hp: number,
  Wp: number,
): Pooled {
  const [kh, kw] = spec.size;
  const [sh, sw] = spec.stride;
  const values = new Float64Array(filters * Hp * Wp);
  const argmax = spec.type === 'max' ? new Int32Array(values.length) : undefined;
  for (let f = 0, at = 0; f < filters; f++) {
    const mapBase = f * Ho * Wo;
    for (let r = 0; r < Hp; r++) {
      for (let c = 0; c < Wp; c++, at++) {
        let best = -Infinity;
        let bestAt = 0;
        let sum = 0;
        for (let u = 0; u < kh; u++) {
          for (let v = 0; v < kw; v++) {
            const cell = (r * sh + u) * Wo + c * sw + v;
            const x = maps[mapBase + cell]!;
            sum += x;
            if (x > best) {
              best = x;
              bestAt = cell;
            }
          }
        }
        if (argmax) {
          values[at] = best;
          argmax[at] = bestAt;
        } else {
          values[at] = sum / (kh * kw);
        }
      }
    }
  }
  return { values, argmax };
}
