import { formatFactor, formatText } from '../format/number.js';
import type { BackpropComputation } from './compute.js';
import { logSoftmax, type Loss } from './loss.js';
import type { BackpropProblem } from './network.js';
import { gradientText, SHOWN_TERMS, sumText, unitText } from './notation.js';
import type { LossStep, OutputGradientStep } from './step.js';

/** The loss's name as a course writes it. */
export function lossName(loss: Loss): string {
  switch (loss.type) {
    case 'mse':
      return loss.reduction === 'mean'
        ? 'mean squared error'
        : loss.reduction === 'sum'
          ? 'sum of squared errors'
          : 'half the sum of squared errors';
    case 'crossEntropy':
      return 'softmax, then cross-entropy';
    case 'bce':
      return `weighted binary cross-entropy, α = ${formatText(loss.positiveWeight)}, β = ${formatText(loss.negativeWeight)}`;
  }
}

/** The loss written out, one term per output. */
function written(
  loss: Loss,
  output: readonly number[],
  target: readonly number[],
  probabilities: readonly number[] = [],
  logProbabilities: readonly number[] = [],
): string {
  switch (loss.type) {
    case 'mse': {
      const text = sumText(output.map((o, k) => `(${formatText(o)} − ${formatFactor(target[k]!)})²`));
      if (loss.reduction === 'sum') return text;
      return `(${text})/${loss.reduction === 'mean' ? output.length : 2}`;
    }
    case 'crossEntropy':
      // A probability that underflowed to 0 is written by its log (see LossStep.logProbabilities).
      return `−(${sumText(target.map((t, k) => `${formatFactor(t)}·${probabilities[k] ? `log ${formatText(probabilities[k])}` : formatFactor(logProbabilities[k]!)}`))})`;
    case 'bce': {
      const { positiveWeight: alpha, negativeWeight: beta } = loss;
      const text = output.map(
        (o, k) =>
          `${formatFactor(alpha)}·${formatFactor(target[k]!)}·log ${formatText(o)} + ${formatFactor(beta)}·${formatFactor(1 - target[k]!)}·log ${formatText(1 - o)}`,
      );
      return output.length === 1 ? `−(${text[0]!})` : `−[${sumText(text.map((t) => `(${t})`))}]`;
    }
  }
}

/** p = softmax(o), its first SHOWN_TERMS entries for many classes (the step carries them all). */
function writtenProbabilities(probabilities: readonly number[]): string {
  const shown = probabilities.slice(0, SHOWN_TERMS);
  const more = probabilities.length > shown.length;
  return `p = softmax(output) = (${shown.map((p) => formatText(p)).join(', ')}${more ? ', …' : ''}); `;
}

export function lossStep(problem: BackpropProblem, computed: BackpropComputation): LossStep {
  const { loss, target } = problem;
  const { output, terms, loss: value } = computed;
  const logProbabilities = loss.type === 'crossEntropy' ? logSoftmax(output) : undefined;
  const probabilities = logProbabilities?.map(Math.exp);
  const text = written(loss, output, target, probabilities, logProbabilities);
  const softmax = probabilities ? writtenProbabilities(probabilities) : '';
  return {
    kind: 'loss',
    loss,
    output,
    target,
    ...(probabilities && { probabilities, logProbabilities }),
    terms,
    value,
    sentence: `Loss (${lossName(loss)}): ${softmax}L = ${text} = ${formatText(value)}`,
  };
}

/** dL/d output[k], the first factor of every chain that starts at this output. */
export function outputGradientStep(
  problem: BackpropProblem,
  computed: BackpropComputation,
  unit: number,
): OutputGradientStep {
  const { loss } = problem;
  const layer = problem.layers.length - 1;
  const outputs = computed.output.length;
  const o = computed.output[unit]!;
  const t = problem.target[unit]!;
  const value = computed.outputGradient[unit]!;
  const probability = loss.type === 'crossEntropy' ? Math.exp(logSoftmax(computed.output)[unit]!) : undefined;
  let text: string;
  switch (loss.type) {
    case 'mse': {
      const difference = `${formatText(o)} − ${formatFactor(t)}`;
      const symbols = `o[${unit}] − t[${unit}]`;
      text =
        loss.reduction === 'mean'
          ? `2(${symbols})/${outputs} = 2·(${difference})/${outputs}`
          : loss.reduction === 'sum'
            ? `2(${symbols}) = 2·(${difference})`
            : `${symbols} = ${difference}`;
      break;
    }
    case 'crossEntropy':
      text = `softmax(output)[${unit}] − t[${unit}] = ${formatText(probability!)} − ${formatFactor(t)}`;
      break;
    case 'bce': {
      const { positiveWeight: alpha, negativeWeight: beta } = loss;
      text = `−α·t[${unit}]/o[${unit}] + β·(1 − t[${unit}])/(1 − o[${unit}]) = −${formatFactor(alpha)}·${formatFactor(t)}/${formatFactor(o)} + ${formatFactor(beta)}·${formatFactor(1 - t)}/${formatFactor(1 - o)}`;
      break;
    }
  }
  return {
    kind: 'outputGradient',
    layer,
    unit,
    loss,
    outputs,
    output: o,
    target: t,
    ...(probability !== undefined && { probability }),
    value,
    sentence: `Output ${unit}: ${gradientText(unitText('a', layer, unit))} = ${text} = ${formatText(value)}`,
  };
}
