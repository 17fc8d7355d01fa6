import { derivative, derivativeReason } from '../activation.js';
import { formatFactor, formatText } from '../format/number.js';
import type { BackpropComputation } from './compute.js';
import { layerInput } from './forward.js';
import type { BackpropProblem } from './network.js';
import {
  feedText,
  gradientText,
  productText,
  SHOWN_TERMS,
  sumText,
  unitText,
  weightText,
} from './notation.js';
import type { AccumulateStep, NodeStep, WeightGradientStep } from './step.js';

/** dL/da[l][i]: every path through unit i continues through some unit j above it, so their gradients add. */
export function accumulateStep(
  problem: BackpropProblem,
  computed: BackpropComputation,
  layer: number,
  unit: number,
): AccumulateStep {
  const above = problem.layers[layer + 1]!;
  const deltas = computed.dLdz[layer + 1]!;
  const terms = deltas.map((gradient, from) => ({ from, weight: above.weights[from]![unit]!, gradient }));
  const value = computed.dLda[layer]![unit]!;
  const of = unitText('a', layer, unit);
  // The sum spelled out unit by unit (shortened as its numbers are), not as Σ_j: plain text cannot
  // typeset a sum sign, and the terms say which paths meet.
  const rule = sumText(
    terms.map(
      ({ from }) => `${weightText(layer + 1, from, unit)}·${gradientText(unitText('z', layer + 1, from))}`,
    ),
  );
  return {
    kind: 'accumulate',
    layer,
    unit,
    terms,
    value,
    sentence: `Layer ${layer}, unit ${unit}: ${terms.length === 1 ? 'a single path arrives' : `${terms.length} paths meet`}, ${gradientText(of)} = ${rule} = ${sumText(terms.map((t) => productText(t.weight, t.gradient)))} = ${formatText(value)}`,
  };
}

/** Through the activation: the upstream gradient times the local derivative, with the reason for its value. */
export function nodeStep(
  problem: BackpropProblem,
  computed: BackpropComputation,
  layer: number,
  unit: number,
): NodeStep {
  const { activation } = problem.layers[layer]!;
  const z = computed.values[layer]!.z[unit]!;
  const upstream = computed.dLda[layer]![unit]!;
  const value = computed.dLdz[layer]![unit]!;
  const local = derivative(activation, z);
  const reason = derivativeReason(activation, z);
  return {
    kind: 'node',
    layer,
    unit,
    upstream,
    z,
    activation,
    local,
    reason,
    value,
    sentence: `Layer ${layer}, unit ${unit}: ${gradientText(unitText('z', layer, unit))} = ${gradientText(unitText('a', layer, unit))}·act'(z) = ${productText(upstream, local)} = ${formatText(value)}, where z = ${formatText(z)} and ${reason}`,
  };
}

/** A unit's weight gradients: its dL/dz times each activation that fed it; its bias gradient is dL/dz itself. */
export function weightGradientStep(
  problem: BackpropProblem,
  computed: BackpropComputation,
  layer: number,
  unit: number,
): WeightGradientStep {
  const delta = computed.dLdz[layer]![unit]!;
  const inputs = layerInput(problem.input, computed.values, layer);
  const { weights: rows, bias: biases } = computed.gradients[layer]!;
  const weights = rows[unit]!;
  const bias = biases[unit]!;
  const shown = Math.min(inputs.length, SHOWN_TERMS);
  const more = inputs.length > shown ? '; …' : '';
  const each = inputs
    .slice(0, shown)
    .map(
      (p, i) =>
        `${gradientText(weightText(layer, unit, i))} = ${productText(delta, p)} = ${formatText(weights[i]!)}`,
    )
    .join('; ');
  return {
    kind: 'weightGradient',
    layer,
    unit,
    delta,
    inputs,
    weights,
    bias,
    sentence: `Layer ${layer}, unit ${unit}: each weight's gradient is ${gradientText(unitText('z', layer, unit))} = ${formatFactor(delta)} times the activation it multiplied (${feedText(layer, 'i')}): ${each}${more}; ${gradientText(unitText('b', layer, unit))} = ${formatText(bias)}`,
  };
}
