import { activationOperatorTex } from '../activation-tex.js';
import { tex, texFactor, texRows } from '../format/tex.js';
import { SHOWN_TERMS, unitText, weightText } from './notation.js';
import { gradientTex, productTex, sumTex } from './notation-tex.js';
import type {
  AccumulateStep,
  BackpropStep,
  ForwardStep,
  LossStep,
  NodeStep,
  OutputGradientStep,
  UpdateStep,
  WeightGradientStep,
} from './step.js';

/**
 * An equation as a row of an aligned block, aligned at its =. Several equations go one under
 * another: side by side (`, \quad`) a unit's weight gradients, or z beside a, ran far past a
 * phone's edge, the results last of all.
 */
const row = (lhs: string, rhs: string): string => `${lhs} &= ${rhs}`;

/**
 * One equation with its result on a row of its own, under its relation (= or ←): after a
 * substitution of several small numbers it would otherwise stand past a phone's edge.
 */
const resultBelow = (lhs: string, rhs: string, result: string, relation = '='): string =>
  texRows([`${lhs} &${relation} ${rhs}`, `&= ${result}`]);

/*
 * Each step's arithmetic in TeX, the narration's numbers written as an answer key does, for the
 * worked answer and the Markdown answer. A module of its own, apart from the narration, so that a
 * widget which draws the worked answer on demand loads it then.
 */

function forwardTex({ layer, unit, weights, inputs, bias, z, activation, a }: ForwardStep): string {
  const sum = sumTex([...weights.map((w, i) => productTex(w, inputs[i]!)), tex(bias)]);
  const act =
    activation.type === 'identity' ? tex(a) : `${activationOperatorTex(activation)}(${tex(z)}) = ${tex(a)}`;
  return texRows([
    row(unitText('z', layer, unit), `${sum} = ${tex(z)}`),
    row(unitText('a', layer, unit), act),
  ]);
}

/** The loss written out, one term per output. */
function lossTermsTex({ loss, output, target, probabilities = [], logProbabilities = [] }: LossStep): string {
  switch (loss.type) {
    case 'mse': {
      const terms = sumTex(output.map((o, k) => `(${tex(o)} - ${texFactor(target[k]!)})^2`));
      if (loss.reduction === 'sum') return terms;
      return `\\frac{1}{${loss.reduction === 'mean' ? output.length : 2}}\\left(${terms}\\right)`;
    }
    case 'crossEntropy':
      // A probability that underflowed to 0 is written by its log (see LossStep.logProbabilities).
      return `-\\left(${sumTex(target.map((t, k) => `${texFactor(t)}\\cdot ${probabilities[k] ? `\\log ${tex(probabilities[k])}` : texFactor(logProbabilities[k]!)}`))}\\right)`;
    case 'bce': {
      const { positiveWeight: alpha, negativeWeight: beta } = loss;
      const terms = output.map(
        (o, k) =>
          `${texFactor(alpha)}\\cdot ${texFactor(target[k]!)}\\cdot \\log ${tex(o)} + ${texFactor(beta)}\\cdot ${texFactor(1 - target[k]!)}\\cdot \\log ${tex(1 - o)}`,
      );
      return output.length === 1
        ? `-\\left(${terms[0]!}\\right)`
        : `-\\left[${sumTex(terms.map((t) => `(${t})`))}\\right]`;
    }
  }
}

/** softmax(o) = p, its first SHOWN_TERMS entries for many classes. */
function probabilitiesTex(probabilities: readonly number[]): string {
  const shown = probabilities.slice(0, SHOWN_TERMS);
  const more = probabilities.length > shown.length ? ' \\\\ \\vdots' : '';
  return `\\operatorname{softmax}(o) = \\begin{bmatrix} ${shown.map((p) => tex(p)).join(' \\\\ ')}${more} \\end{bmatrix}`;
}

function lossTex(step: LossStep): string {
  const loss = `${lossTermsTex(step)} = ${tex(step.value)}`;
  return step.probabilities
    ? texRows([row('p', probabilitiesTex(step.probabilities)), row('L', loss)])
    : `L = ${loss}`;
}

/** ∂L/∂o for the loss, as a formula, then with the numbers. */
function outputGradientTermsTex({
  loss,
  unit,
  output: o,
  target: t,
  outputs,
  probability,
}: OutputGradientStep): string {
  switch (loss.type) {
    case 'mse': {
      const difference = `${tex(o)} - ${texFactor(t)}`;
      const symbols = `o[${unit}] - t[${unit}]`;
      return loss.reduction === 'mean'
        ? `\\frac{2(${symbols})}{${outputs}} = \\frac{2(${difference})}{${outputs}}`
        : loss.reduction === 'sum'
          ? `2(${symbols}) = 2(${difference})`
          : `${symbols} = ${difference}`;
    }
    case 'crossEntropy':
      return `p[${unit}] - t[${unit}] = ${tex(probability!)} - ${texFactor(t)}`;
    case 'bce': {
      const { positiveWeight: alpha, negativeWeight: beta } = loss;
      return `-\\frac{\\alpha t[${unit}]}{o[${unit}]} + \\frac{\\beta (1 - t[${unit}])}{1 - o[${unit}]} = -\\frac{${texFactor(alpha)}\\cdot ${texFactor(t)}}{${tex(o)}} + \\frac{${texFactor(beta)}\\cdot ${texFactor(1 - t)}}{${tex(1 - o)}}`;
    }
  }
}

function outputGradientTex(step: OutputGradientStep): string {
  return resultBelow(
    gradientTex(unitText('a', step.layer, step.unit)),
    outputGradientTermsTex(step),
    tex(step.value),
  );
}

function accumulateTex({ layer, unit, terms, value }: AccumulateStep): string {
  return resultBelow(
    gradientTex(unitText('a', layer, unit)),
    `\\sum_j ${weightText(layer + 1, 'j', unit)} ${gradientTex(unitText('z', layer + 1, 'j'))} = ${sumTex(terms.map((t) => productTex(t.weight, t.gradient)))}`,
    tex(value),
  );
}

function nodeTex({ layer, unit, activation, z, upstream, local, value }: NodeStep): string {
  return resultBelow(
    gradientTex(unitText('z', layer, unit)),
    `${gradientTex(unitText('a', layer, unit))}\\cdot ${activationOperatorTex(activation)}'(${tex(z)}) = ${productTex(upstream, local)}`,
    tex(value),
  );
}

function weightGradientTex({ layer, unit, delta, inputs, weights, bias }: WeightGradientStep): string {
  const shown = Math.min(inputs.length, SHOWN_TERMS);
  const each = inputs
    .slice(0, shown)
    .map((p, i) =>
      row(gradientTex(weightText(layer, unit, i)), `${productTex(delta, p)} = ${tex(weights[i]!)}`),
    );
  const more = inputs.length > shown ? ['& \\vdots'] : [];
  const biasRow = row(
    gradientTex(unitText('b', layer, unit)),
    `${gradientTex(unitText('z', layer, unit))} = ${tex(bias)}`,
  );
  return texRows([...each, ...more, biasRow]);
}

function updateTex({ layer, row, column, value, learningRate, gradient, updated }: UpdateStep): string {
  const symbol = column !== undefined ? weightText(layer, row, column) : unitText('b', layer, row);
  return resultBelow(
    symbol,
    `${tex(value)} - ${texFactor(learningRate)}\\cdot ${texFactor(gradient)}`,
    tex(updated),
    '\\leftarrow',
  );
}

/** A step's arithmetic in TeX: one equation, or rows of them aligned at their = (see `row`). */
export function backpropStepTex(step: BackpropStep): string {
  switch (step.kind) {
    case 'forward':
      return forwardTex(step);
    case 'loss':
      return lossTex(step);
    case 'outputGradient':
      return outputGradientTex(step);
    case 'accumulate':
      return accumulateTex(step);
    case 'node':
      return nodeTex(step);
    case 'weightGradient':
      return weightGradientTex(step);
    case 'update':
      return updateTex(step);
  }
}
