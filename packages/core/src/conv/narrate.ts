import { activationName, type Activation } from '../activation.js';
import { formatFactor, formatText } from '../format/number.js';
import { tex, texAdded, texFactor, texSum } from '../format/tex.js';
import { textSum } from '../format/text-sum.js';
import type {
  ConvCollectStep,
  ConvPoolCell,
  ConvPoolStep,
  ConvScatterStep,
  ConvWindowStep,
} from './steps.js';

/*
 * Each step in words (aria-live narration, kept short: long sums are elided with "…") and in LaTeX
 * (every term, for the worked answer). Both read only the step, so they show its exact numbers.
 */

/** Terms past this count are elided in sentences: a screen reader should not read 27 products. */
const SPOKEN_TERMS = 9;
/** Windows with more products than this are written per channel sum in LaTeX. */
const WRITTEN_TERMS = 64;

/** The first terms, an ellipsis and the last, when there are too many to say. */
function elide(terms: readonly string[], max = SPOKEN_TERMS): string[] {
  return terms.length <= max ? [...terms] : [...terms.slice(0, max - 2), '…', terms[terms.length - 1]!];
}

// Both factors keep their sign in parentheses, `(−2)·0`, so a product is never folded into a minus.
const productText = (a: number, b: number): string => `${formatFactor(a)}·${formatFactor(b)}`;
const productTex = (a: number, b: number): string => `${texFactor(a)}\\cdot ${texFactor(b)}`;
const cell = (row: number, column: number): string => `(${row}, ${column})`;
const mapTex = (name: string, filter: number, row: number, column: number): string =>
  `${name}_{${filter}}(${row},${column})`;

/** The activation applied to a value, in LaTeX: `\operatorname{LeakyReLU}_{0.1}(-3)`. */
function activationCall(activation: Activation, z: string): string {
  switch (activation.type) {
    case 'identity':
      return z;
    case 'relu':
      return `\\operatorname{ReLU}(${z})`;
    case 'leakyRelu':
      return `\\operatorname{LeakyReLU}_{${tex(activation.alpha)}}(${z})`;
    case 'sigmoid':
      return `\\sigma(${z})`;
    case 'tanh':
      return `\\tanh(${z})`;
    case 'softplus':
      return `\\operatorname{softplus}${activation.beta === 1 ? '' : `_{\\beta=${tex(activation.beta)}}`}(${z})`;
    case 'step':
      return `\\operatorname{step}(${z})`;
  }
}

/** `, after ReLU 3` (nothing for the identity). */
function activationText(activation: Activation, output: number): string {
  return activation.type === 'identity' ? '' : `, after ${activationName(activation)} ${formatText(output)}`;
}

/** `,\quad Y_0(1,2) = \operatorname{ReLU}(3) = 3` (nothing for the identity). */
function activationTexTail(...args: Parameters<typeof activationTex>): string {
  const sides = activationTex(...args);
  return sides ? `,\\quad ${sides[0]} = ${sides[1]}` : '';
}

/** `Y_0(1,2)` and `\operatorname{ReLU}(3) = 3`: the activation's two sides (none for the identity). */
function activationTex(
  activation: Activation,
  filter: number,
  row: number,
  column: number,
  z: number,
  y: number,
): [lhs: string, rhs: string] | undefined {
  return activation.type === 'identity'
    ? undefined
    : [mapTex('Y', filter, row, column), `${activationCall(activation, tex(z))} = ${tex(y)}`];
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
  const perChannel =
    channels.length > 3
      ? `${channels.length} channels of ${taps === 1 ? 'one product' : `${taps} products`} each`
      : channels
          .map((w) => {
            const sum = `${textSum(elide(w.taps.map((t) => productText(t.input, t.weight))))} = ${formatText(w.sum)}`;
            return channels.length === 1 ? sum : `channel ${w.channel}: ${sum}`;
          })
          .join('; ');
  const sums = channels.map((w) => w.sum);
  return `${head}${perChannel}${biasText(sums, step.bias, step.preActivation)}${activationText(step.activation, step.output)}`;
}

/**
 * A sum over several lines meeting at the =: `lhs = first`, each next line going on with its sign,
 * then `= value`, and the activation on a line of its own.
 */
function alignedSum(
  lhs: string,
  lines: readonly string[],
  value: string,
  activation?: [lhs: string, rhs: string],
): string {
  const body = lines.map((line, i) => (i === 0 ? `${lhs} &= ${line}` : `&\\quad ${texAdded(line)}`));
  const rows = [...body, `&= ${value}`, ...(activation ? [`${activation[0]} &= ${activation[1]}`] : [])];
  return `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;
}

export function windowTex(step: ConvWindowStep): string {
  const channels = step.channels;
  const terms = channels.length * channels[0]!.taps.length;
  const products = (taps: ConvWindowStep['channels'][number]['taps']): string =>
    texSum(taps.map((t) => productTex(t.input, t.weight)));
  const bias = step.bias === 0 && channels.length === 1 ? [] : [tex(step.bias)];
  const z = mapTex('Z', step.filter, step.row, step.column);
  const pre = tex(step.preActivation);
  const at = [step.activation, step.filter, step.row, step.column, step.preActivation, step.output] as const;
  const channelSums = texSum([...channels.map((w) => tex(w.sum)), ...bias]);
  if (terms > WRITTEN_TERMS)
    return `${z} = \\sum_{c} (\\text{channel } c \\text{ sum}) + b = ${channelSums} = ${pre}${activationTexTail(...at)}`;
  const taps = channels[0]!.taps;
  const kernelRows = Math.max(...taps.map((t) => t.kernelRow)) + 1;
  // Past four products, one line per kernel row, as the products lie in the window: nine on one
  // line run off a phone.
  const byRow = kernelRows > 1 && taps.length > 4;
  const rows = (of: typeof taps): string[] =>
    Array.from({ length: kernelRows }, (_, r) => products(of.filter((t) => t.kernelRow === r)));
  if (channels.length > 1) {
    // One block per channel, its products braced with their sum, then the sums and the bias: a
    // window over several channels on one line runs far off any screen. `{}` before a row's sign
    // makes it a plus between terms, not the sign of the first.
    const block = (of: typeof taps): string =>
      byRow
        ? `\\begin{aligned} ${rows(of)
            .map((row, i) => `&${i === 0 ? row : `{} ${texAdded(row)}`}`)
            .join(' \\\\ ')} \\end{aligned}`
        : products(of);
    const lines = channels.map((w) => `\\underbrace{${block(w.taps)}}_{c=${w.channel}:\\ ${tex(w.sum)}}`);
    return alignedSum(z, lines, `${channelSums} = ${pre}`, activationTex(...at));
  }
  if (!byRow) return `${z} = ${texSum([products(taps), ...bias])} = ${pre}${activationTexTail(...at)}`;
  const lines = rows(taps);
  lines.push(texSum([lines.pop()!, ...bias]));
  return alignedSum(z, lines, pre, activationTex(...at));
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

export function scatterTex(step: ConvScatterStep): string {
  const kept = step.targets.filter((t) => !t.cropped);
  const cropped = step.targets.length - kept.length;
  const lines = kept.map(
    (t) =>
      `${mapTex('Z', step.filter, t.outputRow, t.outputColumn)} &\\leftarrow ${texSum([tex(t.before), productTex(step.input, t.weight)])} = ${tex(t.after)}`,
  );
  if (cropped > 0) lines.push(`&\\text{${cropped} of ${step.targets.length} products cropped}`);
  return `x_{${step.channel}}(${step.row},${step.column}) = ${tex(step.input)}:\\quad \\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}

export function collectSentence(step: ConvCollectStep): string {
  const parts = step.contributions.map((c) => productText(c.input, c.weight));
  const gathered =
    parts.length === 0
      ? 'no input cell reaches it, so 0'
      : `${textSum(elide(parts))} = ${formatText(step.sum)}`;
  return `Filter ${step.filter}, output ${cell(step.row, step.column)}: ${gathered}${biasText([step.sum], step.bias, step.preActivation)}${activationText(step.activation, step.output)}`;
}

export function collectTex(step: ConvCollectStep): string {
  const terms = step.contributions.map((c) => productTex(c.input, c.weight));
  return `${mapTex('Z', step.filter, step.row, step.column)} = ${texSum([...(terms.length > 0 ? terms : ['0']), tex(step.bias)])} = ${tex(step.preActivation)}${activationTexTail(step.activation, step.filter, step.row, step.column, step.preActivation, step.output)}`;
}

/**
 * How many cells of a max-pool window hold its maximum. On a tie the first one is the argmax (as in
 * PyTorch), and it alone gets the gradient back: worth saying, since the picture shows equal cells.
 */
const maxima = (cells: readonly ConvPoolCell[], max: number): number =>
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

export function poolTex(step: ConvPoolStep): string {
  const cells = step.cells;
  const values = cells.map((c) => tex(c.value));
  const body = step.argmax
    ? `\\max(${values.join(', ')})`
    : `\\frac{1}{${values.length}}\\left(${texSum(values)}\\right)`;
  const ties = step.argmax ? maxima(cells, step.value) : 1;
  const where = step.argmax
    ? `\\text{ at } (${step.argmax[0]}, ${step.argmax[1]})${ties > 1 ? `\\text{, the first of ${ties} equal maxima}` : ''}`
    : '';
  return `${mapTex('P', step.filter, step.row, step.column)} = ${body} = ${tex(step.value)}${where}`;
}
