/**
 * The one index relation of a conv along an axis: output o reads input o·s − p + k·d through
 * kernel tap k (a transposed conv writes there instead). Going the other way means solving it.
 */

/** o·s − p + k·d: the input a conv output reads, or the output a transposed input writes. */
export function tapPosition(
  position: number,
  tap: number,
  stride: number,
  padding: number,
  dilation: number,
): number {
  return position * stride - padding + tap * dilation;
}

/**
 * The positions y in [0, limit) with y·s − p + k·d = x, with their tap k, in increasing y: which conv
 * outputs read input x, or which transposed inputs write output x.
 */
export function solvedTaps(
  x: number,
  limit: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
): [position: number, tap: number][] {
  const found: [number, number][] = [];
  for (let k = kernel - 1; k >= 0; k--) {
    const t = x + padding - k * dilation;
    if (t >= 0 && t % stride === 0 && t / stride < limit) found.push([t / stride, k]);
  }
  return found;
}
