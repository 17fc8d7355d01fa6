/**
 * Size limits of an optimizer problem, so a widget never freezes its tab: the run records about
 * a dozen numbers per update, so the total stays under ~60 MB and ~0.2 s even at the limits.
 */
export const OPTIMIZER_LIMITS = {
  maxSteps: 100_000,
  maxOptimizers: 12,
  /** steps × optimizers: six optimizers racing for the full 100 000 steps. */
  maxUpdates: 600_000,
  /** Characters of a typed expression. */
  maxExpressionLength: 1_000,
  /** Largest |coordinate| of the start. */
  maxAbsStart: 1e6,
  maxSeed: 4_294_967_295,
} as const;
