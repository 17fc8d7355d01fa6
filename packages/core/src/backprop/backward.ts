import { derivative } from '../activation.js';
import { layerInput } from './forward.js';
import type { Layer, LayerValues, Parameters } from './network.js';

/** Everything the backward pass computes, per layer: what flows into each unit and out of it. */
export interface Backward {
  /** dL/da per layer and unit: the upstream gradient, summed over every path that meets there. */
  dLda: number[][];
  /** dL/dz = dL/da · act'(z). */
  dLdz: number[][];
  /** dL/dW = dL/dz · a_prevᵀ, dL/db = dL/dz. */
  gradients: Parameters[];
}

/** Reverse-mode accumulation from dL/d output down to the first layer (the input's gradient is not needed). */
export function backward(
  layers: readonly Layer[],
  input: readonly number[],
  values: readonly LayerValues[],
  outputGradient: readonly number[],
): Backward {
  const count = layers.length;
  const dLda: number[][] = new Array<number[]>(count);
  const dLdz: number[][] = new Array<number[]>(count);
  const gradients: Parameters[] = new Array<Parameters>(count);
  let upstream = [...outputGradient];
  for (let l = count - 1; l >= 0; l--) {
    const layer = layers[l]!;
    const z = values[l]!.z;
    const delta = upstream.map((g, j) => g * derivative(layer.activation, z[j]!));
    const previous = layerInput(input, values, l);
    dLda[l] = upstream;
    dLdz[l] = delta;
    gradients[l] = { weights: delta.map((d) => previous.map((p) => d * p)), bias: [...delta] };
    if (l > 0) {
      const next = new Array<number>(previous.length).fill(0);
      for (let j = 0; j < delta.length; j++) {
        const row = layer.weights[j]!;
        for (let i = 0; i < next.length; i++) next[i]! += row[i]! * delta[j]!;
      }
      upstream = next;
    }
  }
  return { dLda, dLdz, gradients };
}
