import { derivative, formatText, type BackpropProblem, type BackpropTrace } from '@dlviz/core';
import { activationLabel, lossLabel, shown } from './labels.js';
import type { EdgeSpot, NetworkLayout, NodeSpot } from './layout.js';
import type { Reveal } from './reveal.js';
import { squareRoot } from './scales.js';

/** A text of the drawing and the step from which it is shown. */
export interface Revealed {
  readonly text: string;
  readonly at: number;
  /** A bias's update: drawn only where it leaves every edge its label (see NetworkDrawing). */
  readonly update?: boolean;
}

/** An edge with everything it can show, written once per problem; the step only picks how much. */
export interface EdgeFacts extends EdgeSpot {
  /** Label lines in the order they appear (weight, gradient, updated value; or the local derivative). */
  readonly lines: readonly Revealed[];
  /** From this step the edge is drawn by its gradient: width = |∂L/∂w|, dashed when negative. */
  readonly gradientAt: number;
  readonly width: number;
  readonly dash: string;
}

export interface NodeFacts extends NodeSpot {
  readonly above: string;
  /** Whether `above` names the unit's bias (clicking it chooses the bias). */
  readonly bias: boolean;
  readonly value?: Revealed;
  /** Lines under the node, in the order they appear. */
  readonly below: readonly Revealed[];
}

export const HAIRLINE = 1.25;
const revealed = (text: string, at: number): Revealed => ({ text, at });

/** Every edge's texts, width and reveal steps for one problem and its trace. */
export function edgeFacts(
  problem: BackpropProblem,
  trace: BackpropTrace,
  reveal: Reveal,
  layout: NetworkLayout,
): EdgeFacts[] {
  const { gradients, values, updated } = trace.computation;
  // Edge width follows |dL/dW| over the whole network, so layers can be compared at a glance.
  let largest = 0;
  for (const g of gradients)
    for (const row of g.weights) for (const v of row) largest = Math.max(largest, Math.abs(v));
  const width = squareRoot(largest || 1, [HAIRLINE, 8]);
  return layout.edges.map((edge) => {
    const plain = { ...edge, lines: [], gradientAt: Number.POSITIVE_INFINITY, width: HAIRLINE, dash: '' };
    if (edge.kind === 'loss') return plain;
    const layer = problem.layers[edge.layer]!;
    // Adding the bias passes the gradient down unchanged: its local derivative is 1.
    if (edge.kind === 'add') return { ...plain, lines: [revealed('×1', reveal.at('node', edge.layer, edge.row))] };
    if (edge.kind === 'local') {
      const local = derivative(layer.activation, values[edge.layer]!.z[edge.row]!);
      return { ...plain, lines: [revealed(`×${shown(local)}`, reveal.at('node', edge.layer, edge.row))] };
    }
    const gradient = gradients[edge.layer]!.weights[edge.row]![edge.column]!;
    const gradientAt = reveal.at('weightGradient', edge.layer, edge.row);
    const columns = layer.weights[0]!.length;
    return {
      ...plain,
      lines: [
        revealed(shown(layer.weights[edge.row]![edge.column]!), 0),
        revealed(`∂ ${shown(gradient)}`, gradientAt),
        revealed(
          `→ ${shown(updated[edge.layer]!.weights[edge.row]![edge.column]!)}`,
          reveal.updateAt(edge.layer, edge.row, columns, edge.column),
        ),
      ],
      gradientAt,
      width: width(Math.abs(gradient)),
      dash: gradient < 0 ? '7 4' : '',
    };
  });
}

/**
 * The longest edge label line of each layer, in characters, for the layout to make room: its
 * longest number among weights, gradients and updated weights, after a two-character prefix.
 */
export function labelChars(problem: BackpropProblem, trace: BackpropTrace): number[] {
  const { gradients, updated } = trace.computation;
  return problem.layers.map(
    (layer, l) =>
      2 +
      Math.max(
        ...[layer.weights, gradients[l]!.weights, updated[l]!.weights].flat(2).map((v) => shown(v).length),
      ),
  );
}

/** Every node's texts and reveal steps for one problem and its trace. */
export function nodeFacts(
  problem: BackpropProblem,
  trace: BackpropTrace,
  reveal: Reveal,
  layout: NetworkLayout,
): NodeFacts[] {
  const { values, dLda, dLdz, loss } = trace.computation;
  const last = problem.layers.length - 1;
  return layout.nodes.map((node): NodeFacts => {
    if (node.kind === 'loss') {
      return {
        ...node,
        above: lossLabel(problem.loss),
        bias: false,
        // The loss box is wider than a unit: it has room for the narration's six digits (11.125).
        value: revealed(formatText(loss), reveal.at('loss', last, 0)),
        below: [revealed(`t = (${problem.target.map(shown).join(', ')})`, 0)],
      };
    }
    if (node.kind === 'input') {
      const x = shown(problem.input[node.unit]!);
      return { ...node, above: `x[${node.unit}]`, bias: false, value: revealed(x, 0), below: [] };
    }
    const { layer, unit } = node;
    const forwardAt = reveal.at('forward', layer, unit);
    const upstream = revealed(`∂a ${shown(dLda[layer]![unit]!)}`, reveal.upstreamAt(layer, unit));
    const nodeAt = reveal.at('node', layer, unit);
    const delta = revealed(`∂z ${shown(dLdz[layer]![unit]!)}`, nodeAt);
    const z = shown(values[layer]!.z[unit]!);
    const a = revealed(shown(values[layer]!.a[unit]!), forwardAt);
    const bias = `b ${shown(problem.layers[layer]!.bias[unit]!)}`;
    // The bias's update, as a weight's shows on its edge: last, when the update steps reach it.
    const columns = problem.layers[layer]!.weights[0]!.length;
    const biasUpdate: Revealed = {
      text: `b → ${shown(trace.computation.updated[layer]!.bias[unit]!)}`,
      at: reveal.updateAt(layer, unit, columns),
      update: true,
    };
    switch (node.kind) {
      case 'multiply': {
        // Its output's gradient is z's, passed down through the add.
        const gradient = revealed(`∂ ${shown(dLdz[layer]![unit]!)}`, nodeAt);
        const weighted = shown(values[layer]!.weighted[unit]!);
        return { ...node, above: 'W·a', bias: false, value: revealed(weighted, forwardAt), below: [gradient] };
      }
      case 'add':
        return {
          ...node,
          above: `+ ${bias}`,
          bias: true,
          value: revealed(z, forwardAt),
          below: [delta, biasUpdate],
        };
      case 'activation': {
        const above = activationLabel(problem.layers[layer]!.activation, true);
        return { ...node, above, bias: false, value: a, below: [upstream] };
      }
      default:
        // Forward, then dL/da, then dL/dz, then the bias's update: the order the trace reveals them.
        return {
          ...node,
          above: bias,
          bias: true,
          value: a,
          below: [revealed(`z ${z}`, forwardAt), upstream, delta, biasUpdate],
        };
    }
  });
}

/** How many of `items` (ordered by their steps) are shown at step `index`. */
export function shownCount(items: readonly Revealed[], index: number): number {
  let count = 0;
  while (count < items.length && items[count]!.at <= index) count++;
  return count;
}
