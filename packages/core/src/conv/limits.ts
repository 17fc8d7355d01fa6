/**
 * Size limits of a conv problem, so a widget never freezes its tab. They admit the teaching sizes
 * (a 16×64×64 input, LeNet's 48 000-weight layer, a 3×64×64 input with sixteen 3×3 filters)
 * with room to spare; the validator states them in its messages.
 */
export const CONV_LIMITS = {
  /** C·H·W of the input. */
  maxInputCells: 65_536,
  /** F·(C/groups)·kH·kW, the kernel weights. */
  maxWeights: 65_536,
  /** F·Ho·Wo, the output cells (each one step of the trace). */
  maxOutputCells: 262_144,
  /** Multiply-adds of the whole layer: the work of solving it. */
  maxMultiplyAdds: 10_000_000,
  maxStride: 64,
  maxPadding: 64,
  maxDilation: 64,
  /** Largest |value| of an input, weight or bias: keeps every sum finite (no ∞ or NaN drawn). */
  maxAbsValue: 1e9,
} as const;
