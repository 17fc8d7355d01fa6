import { activate } from '../activation.js';
import type { ForwardValues, Layer, LayerValues } from './network.js';

/**
 * z = W a_prev + b, a = act(z), layer after layer, summing in column order as a dot product is
 * written and adding the bias last, as torch.nn.Linear does.
 */
export function forward(layers: readonly Layer[], input: readonly number[]): ForwardValues[] {
  const values: ForwardValues[] = [];
  let previous = input;
  for (const layer of layers) {
    const weighted = layer.weights.map((row) => {
      let s = 0;
      for (let i = 0; i < row.length; i++) s += row[i]! * previous[i]!;
      return s;
    });
    const z = weighted.map((s, j) => s + layer.bias[j]!);
    const a = z.map((v) => activate(layer.activation, v));
    values.push({ weighted, z, a });
    previous = a;
  }
  return values;
}

/** The activations feeding layer `l`: the input for the first layer, else the previous layer's a. */
export function layerInput(
  input: readonly number[],
  values: readonly LayerValues[],
  l: number,
): readonly number[] {
  return l === 0 ? input : values[l - 1]!.a;
}
