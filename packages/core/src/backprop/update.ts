import type { Parameters } from './network.js';

/** One gradient-descent step, p − lr·g, for every weight and bias. */
export function descend(
  parameters: readonly Parameters[],
  gradients: readonly Parameters[],
  learningRate: number,
): Parameters[] {
  return parameters.map((p, l) => {
    const g = gradients[l]!;
    return {
      weights: p.weights.map((row, j) => row.map((w, i) => w - learningRate * g.weights[j]![i]!)),
      bias: p.bias.map((b, j) => b - learningRate * g.bias[j]!),
    };
  });
}
