import type { Activation } from '../activation.js';
import { activationOperatorTex } from '../activation-tex.js';
import { tex, texAdded, texFactor, texRows, texSum } from '../format/tex.js';
import { maxima } from './narrate.js';
import type { ConvCollectStep, ConvPoolStep, ConvScatterStep, ConvStep, ConvWindowStep } from './steps.js';

/*
 * Each step's arithmetic in LaTeX, every term written, for the worked answer and the Markdown
 * answer. A module of its own, apart from the narration (narrate.ts), so that a widget which draws
 * the worked answer on demand loads it then.
 */

/** Windows with more products than this are written per channel sum in LaTeX. */
const WRITTEN_TERMS = 64;

// Both factors keep their sign in parentheses, `(-2)\cdot 0`, so a product is never folded into a minus.
const productTex = (a: number, b: number): string => `${texFactor(a)}\\cdot ${texFactor(b)}`;

const mapTex = (name: string, filter: number, row: number, column: number): string =>
  `${name}_{${filter}}(${row},${column})`;

/** The activation applied to a value, in LaTeX: `\operatorname{LeakyReLU}_{0.1}(-3)`. */
const activationCall = (activation: Activation, z: string): string =>
  activation.type === 'identity' ? z : `${activationOperatorTex(activation)}(${z})`;

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
  return texRows(rows);
}

function windowTex(step: ConvWindowStep): string {
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
      byRow ? texRows(rows(of).map((row, i) => `&${i === 0 ? row : `{} ${texAdded(row)}`}`)) : products(of);
    const lines = channels.map((w) => `\\underbrace{${block(w.taps)}}_{c=${w.channel}:\\ ${tex(w.sum)}}`);
    return alignedSum(z, lines, `${channelSums} = ${pre}`, activationTex(...at));
  }
  if (!byRow) return `${z} = ${texSum([products(taps), ...bias])} = ${pre}${activationTexTail(...at)}`;
  const lines = rows(taps);
  lines.push(texSum([lines.pop()!, ...bias]));
  return alignedSum(z, lines, pre, activationTex(...at));
}

function scatterTex(step: ConvScatterStep): string {
  const kept = step.targets.filter((t) => !t.cropped);
  const cropped = step.targets.length - kept.length;
  const lines = kept.map(
    (t) =>
      `${mapTex('Z', step.filter, t.outputRow, t.outputColumn)} &\\leftarrow ${texSum([tex(t.before), productTex(step.input, t.weight)])} = ${tex(t.after)}`,
  );
  if (cropped > 0) lines.push(`&\\text{${cropped} of ${step.targets.length} products cropped}`);
  return `x_{${step.channel}}(${step.row},${step.column}) = ${tex(step.input)}:\\quad ${texRows(lines)}`;
}

function collectTex(step: ConvCollectStep): string {
  const terms = step.contributions.map((c) => productTex(c.input, c.weight));
  return `${mapTex('Z', step.filter, step.row, step.column)} = ${texSum([...(terms.length > 0 ? terms : ['0']), tex(step.bias)])} = ${tex(step.preActivation)}${activationTexTail(step.activation, step.filter, step.row, step.column, step.preActivation, step.output)}`;
}

function poolTex(step: ConvPoolStep): string {
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

/** A step's arithmetic in LaTeX: `Z_{0}(1,2) = 1\\cdot 2 + … = 3`. */
export function convStepTex(step: ConvStep): string {
  switch (step.kind) {
    case 'window':
      return windowTex(step);
    case 'scatter':
      return scatterTex(step);
    case 'collect':
      return collectTex(step);
    case 'pool':
      return poolTex(step);
  }
}
