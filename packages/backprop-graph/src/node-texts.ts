import { derivative, formatText, type BackpropProblem, type BackpropTrace } from '@dlviz/core';
import { activationLabel, lossLabel, shown } from './labels.js';
import { valueSize, type NodeKind } from './layout.js';
import { revealed, type Reveal, type Revealed } from './reveal.js';

/** What a node writes, wherever it is drawn: above it, in it (its value) and under it. */
export interface NodeTexts {
  readonly above: string;
  /** Whether `above` names the unit's bias (clicking it chooses the bias). */
  readonly bias: boolean;
  readonly value?: Revealed;
  /** Lines under the node, in the order they appear. */
  readonly below: readonly Revealed[];
}

/** The characters the loss box holds at 12 px. */
const LOSS_CHARS = 9;

/**
 * The loss as its box shows it: to the narration's six digits (11.125) where they fit, else to as
 * many as fit (0.002665, 3.9×10⁻³²).
 */
export function lossText(loss: number): string {
  for (const digits of [6, 5, 4, 3]) {
    const text = formatText(loss, digits);
    if (text.length <= LOSS_CHARS) return text;
  }
  return formatText(loss, 2);
}

/** Target entries per line under the loss box. */
const TARGET_PER_LINE = 4;

/**
 * The target under the loss box, four entries a line: eight outputs' on one line ran past the
 * drawing's right edge.
 */
export function targetLines(target: readonly number[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < target.length; i += TARGET_PER_LINE)
    lines.push(
      target
        .slice(i, i + TARGET_PER_LINE)
        .map(shown)
        .join(', '),
    );
  return lines.map((line, k) => (k ? '' : 't = (') + line + (k < lines.length - 1 ? ',' : ')'));
}

/** The smallest a node's value is drawn: below it, digits go instead. */
const LEAST_VALUE_SIZE = 10;

/**
 * A value as its node shows it: to four significant digits, fewer where four would have to be drawn
 * smaller than 10 px to fit (−0.33 rather than −0.3303 in a unit). The narration has it in full.
 */
export function valueText(kind: NodeKind, x: number): string {
  for (const digits of [4, 3]) {
    const text = formatText(x, digits);
    if (valueSize(kind, text.length) >= LEAST_VALUE_SIZE) return text;
  }
  return formatText(x, 2);
}

/** The local derivative an activation's edge carries in the graph view: act′(z) as a factor. */
export function localText(
  problem: BackpropProblem,
  trace: BackpropTrace,
  layer: number,
  unit: number,
): string {
  return `×${shown(derivative(problem.layers[layer]!.activation, trace.computation.values[layer]!.z[unit]!))}`;
}

/** The texts of node `unit` of `kind` in `layer` (-1 for the inputs), each from the step that reveals it. */
export function nodeTexts(
  problem: BackpropProblem,
  trace: BackpropTrace,
  reveal: Reveal,
  kind: NodeKind,
  layer: number,
  unit: number,
): NodeTexts {
  const { values, dLda, dLdz, loss, updated } = trace.computation;
  if (kind === 'loss')
    return {
      above: lossLabel(problem.loss),
      bias: false,
      value: revealed(lossText(loss), reveal.at('loss', layer, 0)),
      below: targetLines(problem.target).map((line) => revealed(line, 0)),
    };
  if (kind === 'input')
    return {
      above: `x[${unit}]`,
      bias: false,
      value: revealed(valueText(kind, problem.input[unit]!), 0),
      below: [],
    };
  const forwardAt = reveal.at('forward', layer, unit);
  const nodeAt = reveal.at('node', layer, unit);
  const upstream = revealed(`∂a ${shown(dLda[layer]![unit]!)}`, reveal.upstreamAt(layer, unit));
  const delta = revealed(`∂z ${shown(dLdz[layer]![unit]!)}`, nodeAt);
  const z = values[layer]!.z[unit]!;
  const a = revealed(valueText(kind, values[layer]!.a[unit]!), forwardAt);
  const bias = `b ${shown(problem.layers[layer]!.bias[unit]!)}`;
  // The bias's update, as a weight's shows on its edge: last, when the update steps reach it.
  const biasUpdate: Revealed = {
    text: `b → ${shown(updated[layer]!.bias[unit]!)}`,
    at: reveal.updateAt(layer, unit, problem.layers[layer]!.weights[0]!.length),
    update: true,
  };
  switch (kind) {
    case 'multiply': {
      // Its output's gradient is z's, passed down through the add.
      const weighted = revealed(valueText(kind, values[layer]!.weighted[unit]!), forwardAt);
      return {
        above: 'W·a',
        bias: false,
        value: weighted,
        below: [revealed(`∂ ${shown(dLdz[layer]![unit]!)}`, nodeAt)],
      };
    }
    case 'add':
      return {
        above: `+ ${bias}`,
        bias: true,
        value: revealed(valueText(kind, z), forwardAt),
        below: [delta, biasUpdate],
      };
    case 'activation':
      return {
        above: activationLabel(problem.layers[layer]!.activation, true),
        bias: false,
        value: a,
        below: [upstream],
      };
    default:
      // Forward, then dL/da, then dL/dz, then the bias's update: the order the trace reveals them.
      return {
        above: bias,
        bias: true,
        value: a,
        below: [revealed(`z ${shown(z)}`, forwardAt), upstream, delta, biasUpdate],
      };
  }
}
