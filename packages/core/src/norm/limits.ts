/**
 * Size limits of a norm problem, so a widget never freezes its tab. They admit the benchmark size
 * (a [32][64][16][16] activation, 524 288 values) with room to spare; the validator states them.
 */
export const NORM_LIMITS = {
  /** Values in the input: N·C·H·W, N·C or B·T·D. */
  maxCells: 1_048_576,
  /** Channels (features for BTD): the length of gamma and beta. */
  maxChannels: 4096,
  /** Largest |value| of an input, gamma or beta entry: keeps squares and sums finite. */
  maxAbsValue: 1e9,
  /** Largest eps: beyond it normalization no longer normalizes anything. */
  maxEps: 1e6,
} as const;
