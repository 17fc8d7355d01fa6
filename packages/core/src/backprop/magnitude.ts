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
    const squares = (values: readonly number[]) => values.reduce((s, v) => s + v * v, 0);
    return {
      layer,
      weightNorm: Math.sqrt(squares(weights.flat())),
      biasNorm: Math.sqrt(squares(bias)),
      meanAbs: all.reduce((s, v) => s + Math.abs(v), 0) / all.length,
      maxAbs: all.reduce((m, v) => Math.max(m, Math.abs(v)), 0),
    };
  });
}
