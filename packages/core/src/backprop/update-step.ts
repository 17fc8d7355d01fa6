import { formatFactor, formatText } from '../format/number.js';
import type { BackpropComputation } from './compute.js';
import type { BackpropProblem } from './network.js';
import { unitText, weightText } from './notation.js';
import type { UpdateStep } from './step.js';

/** p ← p − η·g for one weight (a column given) or one bias (no column). */
export function updateStep(
  problem: BackpropProblem,
  computed: BackpropComputation,
  layer: number,
  row: number,
  column?: number,
): UpdateStep {
  const learningRate = problem.learningRate;
  const isWeight = column !== undefined;
  const { weights, bias } = problem.layers[layer]!;
  const value = isWeight ? weights[row]![column]! : bias[row]!;
  const gradients = computed.gradients[layer]!;
  const gradient = isWeight ? gradients.weights[row]![column]! : gradients.bias[row]!;
  const after = computed.updated[layer]!;
  const updated = isWeight ? after.weights[row]![column]! : after.bias[row]!;
  // Named as the gradient steps name it, not by its JSON path: one parameter, one name.
  const name = isWeight ? weightText(layer, row, column) : unitText('b', layer, row);
  return {
    kind: 'update',
    layer,
    parameter: isWeight ? 'weight' : 'bias',
    row,
    ...(isWeight && { column }),
    value,
    gradient,
    learningRate,
    updated,
    sentence: `Update ${name}: ${formatText(value)} − ${formatFactor(learningRate)}·${formatFactor(gradient)} = ${formatText(updated)}`,
  };
}
