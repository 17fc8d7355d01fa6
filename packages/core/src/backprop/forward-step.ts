import { activationName } from '../activation.js';
import { formatText } from '../format/number.js';
import type { BackpropComputation } from './compute.js';
import { layerInput } from './forward.js';
import type { BackpropProblem } from './network.js';
import { productText, sumText } from './notation.js';
import type { ForwardStep } from './step.js';

export function forwardStep(
  problem: BackpropProblem,
  computed: BackpropComputation,
  layer: number,
  unit: number,
): ForwardStep {
  const { weights: matrix, bias: biases, activation } = problem.layers[layer]!;
  const weights = matrix[unit]!;
  const inputs = layerInput(problem.input, computed.values, layer);
  const bias = biases[unit]!;
  const z = computed.values[layer]!.z[unit]!;
  const a = computed.values[layer]!.a[unit]!;
  const products = weights.map((w, i) => productText(w, inputs[i]!));
  const after =
    activation.type === 'identity'
      ? `a = z = ${formatText(a)}`
      : `after ${activationName(activation)} a = ${formatText(a)}`;
  const sentence = `Layer ${layer}, unit ${unit}: z = ${sumText([...products, formatText(bias)])} = ${formatText(z)}, ${after}`;
  return { kind: 'forward', layer, unit, weights, inputs, bias, z, activation, a, sentence };
}
