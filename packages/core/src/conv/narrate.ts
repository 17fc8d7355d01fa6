import { activationName, type Activation } from '../activation.js';
import { formatFactor, formatText } from '../format/number.js';
import { textSum } from '../format/text-sum.js';
import type {
  ConvCollectStep,
  ConvPoolCell,
  ConvPoolStep,
  ConvScatterStep,
  ConvWindowStep,
} from './steps.js';

/*
 * Each step in words: the aria-live narration, kept short (long sums are elided with "…"). It
 * reads only the step, so it says the step's exact numbers. The same arithmetic in LaTeX, every
 * term written, is step-tex.ts: the worked answer's, loaded only where it is shown.
 */

/** Terms past this count are elided in sentences: a screen reader should not read 27 products. */
const SPOKEN_TERMS = 9;

/** The first terms, an ellipsis and the last, when there are too many to say. */
function elide(terms: readonly string[], max = SPOKEN_TERMS): string[] {
  return terms.length <= max ? [...terms] : [...terms.slice(0, max - 2), '…', terms[terms.length - 1]!];
}

// Both factors keep their sign in parentheses, `(−2)·0`, so a product is never folded into a minus.
const productText = (a: number, b: number): string => `${formatFactor(a)}·${formatFactor(b)}`;

const cell = (row: number, column: number): string => `(${row}, ${column})`;

/** `, after ReLU 3` (nothing for the identity). */
function activationText(activation: Activation, output: number): string {
  return activation.type === 'identity' ? '' : `, after ${activationName(activation)} ${formatText(output)}`;
}

/** `; plus the bias: −2 − 1 = −3`, or the channel sums and the bias when there are several. */
function biasText(sums: readonly number[], bias: number, pre: number): string {
  if (sums.length === 1 && bias === 0) return '';
  const what = sums.length === 1 ? 'plus the bias' : 'channel sums plus the bias';
  return `; ${what}: ${textSum([
    ...elide(
      sums.map((s) => formatText(s)),
      4,
    ),
    formatText(bias),
  ])} = ${formatText(pre)}`;
}

export function windowSentence(step: ConvWindowStep): string {
  const channels = step.channels;
  const head = `Filter ${step.filter}, output ${cell(step.row, step.column)}: `;
  const taps = channels[0]!.taps.length;
  // A 1×1 kernel over several channels: one product per channel, said as one sum with the bias.
  if (taps === 1 && channels.length > 1) {
    const products = channels.map((w) => productText(w.taps[0]!.input, w.taps[0]!.weight));
    return `${head}one product per channel, plus the bias: ${textSum([...elide(products), formatText(step.bias)])} = ${formatText(step.preActivation)}${activationText(step.activation, step.output)}`;
  }
  const perChannel =
    channels.length > 3
      ? `${channels.length} channels of ${taps} products each`
      : channels
          .map((w) => {
            const sum = `${textSum(elide(w.taps.map((t) => productText(t.input, t.weight))))} = ${formatText(w.sum)}`;
            return channels.length === 1 ? sum : `channel ${w.channel}: ${sum}`;
          })
          .join('; ');
  const sums = channels.map((w) => w.sum);
  return `${head}${perChannel}${biasText(sums, step.bias, step.preActivation)}${activationText(step.activation, step.output)}`;
}

export function scatterSentence(step: ConvScatterStep): string {
  const kept = step.targets.filter((t) => !t.cropped);
  const cropped = step.targets.length - kept.length;
  const adds = elide(
    kept.map(
      (t) =>
        `${cell(t.outputRow, t.outputColumn)} += ${productText(step.input, t.weight)} = ${formatText(t.product)} → ${formatText(t.after)}`,
    ),
  ).join('; ');
  const crop =
    cropped === 0
      ? ''
      : `${kept.length > 0 ? '; ' : ''}${cropped} of ${step.targets.length} products fall outside the output (cropped)`;
  return `Filter ${step.filter} scatters input (channel ${step.channel}; ${step.row}, ${step.column}) = ${formatText(step.input)}: ${adds}${crop}`;
}

export function collectSentence(step: ConvCollectStep): string {
  const parts = step.contributions.map((c) => productText(c.input, c.weight));
  const gathered =
    parts.length === 0
      ? 'no input cell reaches it, so 0'
      : `${textSum(elide(parts))} = ${formatText(step.sum)}`;
  return `Filter ${step.filter}, output ${cell(step.row, step.column)}: ${gathered}${biasText([step.sum], step.bias, step.preActivation)}${activationText(step.activation, step.output)}`;
}

/**
 * How many cells of a max-pool window hold its maximum. On a tie the first one is the argmax (as in
 * PyTorch), and it alone gets the gradient back: worth saying, since the picture shows equal cells.
 */
export const maxima = (cells: readonly ConvPoolCell[], max: number): number =>
  cells.filter((c) => c.value === max).length;

export function poolSentence(step: ConvPoolStep): string {
  // `cells` is computed when read: once here.
  const cells = step.cells;
  const values = cells.map((c) => formatText(c.value));
  const head = `${step.type === 'max' ? 'Max' : 'Average'} pool, filter ${step.filter}, cell ${cell(step.row, step.column)}: `;
  if (step.argmax) {
    const ties = maxima(cells, step.value);
    const first = ties > 1 ? `, the first of ${ties} equal maxima, which alone gets the gradient` : '';
    return `${head}max(${elide(values, 16).join(', ')}) = ${formatText(step.value)}, at output ${cell(step.argmax[0], step.argmax[1])}${first}`;
  }
  return `${head}(${textSum(elide(values, 16))})/${values.length} = ${formatText(step.value)}`;
}
