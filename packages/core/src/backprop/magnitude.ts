import type { Parameters } from './network.js';

/** How large one layer's gradients are: what a vanishing- or exploding-gradient plot draws per layer. */
export interface GradientMagnitude {
  readonly layer: number;
  /** ‖dL/dW‖, the Frobenius norm. */
  readonly weightNorm: number;
  /** ‖dL/db‖. */
  readonly biasNorm: number;
  /** Mean |g| over the layer's weights and biases. */
  readonly meanAbs: number;
  readonly maxAbs: number;
}

export function gradientMagnitudes(gradients: readonly Parameters[]): GradientMagnitude[] {
  return gradients.map(({ weights, bias }, layer) => {
    const all = [...weights.flat(), ...bias];
    return {
      layer,
      // Math.hypot scales as it sums: squaring first would overflow to ∞ for gradients above 1e154.
      weightNorm: Math.hypot(...weights.flat()),
      biasNorm: Math.hypot(...bias),
      meanAbs: all.reduce((s, v) => s + Math.abs(v), 0) / all.length,
      maxAbs: all.reduce((m, v) => Math.max(m, Math.abs(v)), 0),
    };
  });
}
