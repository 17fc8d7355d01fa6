import { activationName } from '../activation.js';
import { formatText } from '../format/number.js';
import { tex } from '../format/tex.js';
import type { BackpropComputation } from './compute.js';
import { layerInput } from './forward.js';
import type { BackpropProblem } from './network.js';
import { activationOperatorTex, productTex, productText, sumTex, sumText, unitTex } from './notation.js';
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
  const sum = sumTex([...weights.map((w, i) => productTex(w, inputs[i]!)), tex(bias)]);
  const act =
    activation.type === 'identity' ? tex(a) : `${activationOperatorTex(activation)}(${tex(z)}) = ${tex(a)}`;
  const texLine = `${unitTex('z', layer, unit)} = ${sum} = ${tex(z)}, \\quad ${unitTex('a', layer, unit)} = ${act}`;
  return { kind: 'forward', layer, unit, weights, inputs, bias, z, activation, a, sentence, tex: texLine };
}
