import { formatFactor, formatText } from '../format/number.js';
import { tex, texFactor } from '../format/tex.js';
import type { BackpropComputation } from './compute.js';
import { logSoftmax, type Loss } from './loss.js';
import type { BackpropProblem } from './network.js';
import { gradientTex, gradientText, SHOWN_TERMS, sumTex, sumText, unitTex, unitText } from './notation.js';
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

/** The loss written out, one term per output, as text and as TeX. */
function written(
  loss: Loss,
  output: readonly number[],
  target: readonly number[],
  probabilities: readonly number[],
): [string, string] {
  switch (loss.type) {
    case 'mse': {
      const text = sumText(output.map((o, k) => `(${formatText(o)} − ${formatFactor(target[k]!)})²`));
      const texTerms = sumTex(output.map((o, k) => `(${tex(o)} - ${texFactor(target[k]!)})^2`));
      if (loss.reduction === 'sum') return [text, texTerms];
      const divisor = loss.reduction === 'mean' ? output.length : 2;
      return [`(${text})/${divisor}`, `\\frac{1}{${divisor}}\\left(${texTerms}\\right)`];
    }
    case 'crossEntropy':
      return [
        `−(${sumText(target.map((t, k) => `${formatFactor(t)}·log ${formatText(probabilities[k]!)}`))})`,
        `-\\left(${sumTex(target.map((t, k) => `${texFactor(t)}\\cdot \\log ${tex(probabilities[k]!)}`))}\\right)`,
      ];
    case 'bce': {
      const { positiveWeight: alpha, negativeWeight: beta } = loss;
      const text = output.map(
        (o, k) =>
          `${formatFactor(alpha)}·${formatFactor(target[k]!)}·log ${formatText(o)} + ${formatFactor(beta)}·${formatFactor(1 - target[k]!)}·log ${formatText(1 - o)}`,
      );
      const texTerms = output.map(
        (o, k) =>
          `${texFactor(alpha)}\\cdot ${texFactor(target[k]!)}\\cdot \\log ${tex(o)} + ${texFactor(beta)}\\cdot ${texFactor(1 - target[k]!)}\\cdot \\log ${tex(1 - o)}`,
      );
      return output.length === 1
        ? [`−(${text[0]!})`, `-\\left(${texTerms[0]!}\\right)`]
        : [
            `−[${sumText(text.map((t) => `(${t})`))}]`,
            `-\\left[${sumTex(texTerms.map((t) => `(${t})`))}\\right]`,
          ];
    }
  }
}

/** p = softmax(o), its first SHOWN_TERMS entries for many classes (the step carries them all). */
function writtenProbabilities(probabilities: readonly number[]): [string, string] {
  const shown = probabilities.slice(0, SHOWN_TERMS);
  const more = probabilities.length > shown.length;
  return [
    `p = softmax(output) = (${shown.map((p) => formatText(p)).join(', ')}${more ? ', …' : ''}); `,
    `p = \\operatorname{softmax}(o) = \\begin{bmatrix} ${shown.map((p) => tex(p)).join(' \\\\ ')}${more ? ' \\\\ \\vdots' : ''} \\end{bmatrix}, \\quad `,
  ];
}

export function lossStep(problem: BackpropProblem, computed: BackpropComputation): LossStep {
  const { loss, target } = problem;
  const { output, terms, loss: value } = computed;
  const probabilities = loss.type === 'crossEntropy' ? logSoftmax(output).map(Math.exp) : undefined;
  const [text, texLine] = written(loss, output, target, probabilities ?? []);
  const softmax = probabilities ? writtenProbabilities(probabilities) : ['', ''];
  return {
    kind: 'loss',
    loss,
    output,
    target,
    ...(probabilities && { probabilities }),
    terms,
    value,
    sentence: `Loss (${lossName(loss)}): ${softmax[0]}L = ${text} = ${formatText(value)}`,
    tex: `${softmax[1]}L = ${texLine} = ${tex(value)}`,
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
  const o = computed.output[unit]!;
  const t = problem.target[unit]!;
  const value = computed.outputGradient[unit]!;
  let text: string;
  let texLine: string;
  switch (loss.type) {
    case 'mse': {
      const n = computed.output.length;
      const difference = `${formatText(o)} − ${formatFactor(t)}`;
      const differenceTex = `${tex(o)} - ${texFactor(t)}`;
      [text, texLine] =
        loss.reduction === 'mean'
          ? [
              `2(o − t)/${n} = 2·(${difference})/${n}`,
              `\\frac{2(o - t)}{${n}} = \\frac{2(${differenceTex})}{${n}}`,
            ]
          : loss.reduction === 'sum'
            ? [`2(o − t) = 2·(${difference})`, `2(o - t) = 2(${differenceTex})`]
            : [`o − t = ${difference}`, `o - t = ${differenceTex}`];
      break;
    }
    case 'crossEntropy': {
      const p = Math.exp(logSoftmax(computed.output)[unit]!);
      text = `softmax(output)[${unit}] − t[${unit}] = ${formatText(p)} − ${formatFactor(t)}`;
      texLine = `p_{${unit}} - t_{${unit}} = ${tex(p)} - ${texFactor(t)}`;
      break;
    }
    case 'bce': {
      const { positiveWeight: alpha, negativeWeight: beta } = loss;
      text = `−α·t/o + β·(1 − t)/(1 − o) = −${formatFactor(alpha)}·${formatFactor(t)}/${formatFactor(o)} + ${formatFactor(beta)}·${formatFactor(1 - t)}/${formatFactor(1 - o)}`;
      texLine = `-\\frac{\\alpha t}{o} + \\frac{\\beta (1 - t)}{1 - o} = -\\frac{${texFactor(alpha)}\\cdot ${texFactor(t)}}{${tex(o)}} + \\frac{${texFactor(beta)}\\cdot ${texFactor(1 - t)}}{${tex(1 - o)}}`;
      break;
    }
  }
  return {
    kind: 'outputGradient',
    layer,
    unit,
    output: o,
    target: t,
    value,
    sentence: `Output ${unit}: ${gradientText(unitText('a', layer, unit))} = ${text} = ${formatText(value)}`,
    tex: `${gradientTex(unitTex('a', layer, unit))} = ${texLine} = ${tex(value)}`,
  };
}
