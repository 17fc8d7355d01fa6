/**
 * Size limits for backprop problems, stated in every message that enforces them. They keep a solve,
 * its trace and the chain-rule listing within what a browser tab does without freezing, and are far
 * above the exam networks (a handful of units) and the teaching presets (a few layers of eight).
 */
export const BACKPROP_LIMITS = {
  /** Layers in the network. */
  layers: 64,
  /** Units in one layer, and values in the input. */
  width: 1024,
  /** Weights and biases over all layers. */
  parameters: 200_000,
  /** Paths `chainRule` writes out one by one; the gradient still sums them all. */
  chainRulePaths: 512,
  /** Parameter updates `train` may perform in total: steps × parameters. */
  trainingWork: 50_000_000,
} as const;
