import type { BackpropProblem, BackpropTrace } from '@dlviz/core';
import { shown } from './labels.js';
import type { EdgeSpot, NetworkLayout, NodeSpot } from './layout.js';
import { localText, nodeTexts, type NodeTexts } from './node-texts.js';
import { revealed, type Reveal, type Revealed } from './reveal.js';
import { squareRoot } from './scales.js';

/** An edge with everything it can show, written once per problem; the step only picks how much. */
export interface EdgeFacts extends EdgeSpot {
  /** Label lines in the order they appear (weight, gradient, updated value; or the local derivative). */
  readonly lines: readonly Revealed[];
  /** From this step the edge is drawn by its gradient: width = |∂L/∂w|, dashed when negative. */
  readonly gradientAt: number;
  readonly width: number;
  readonly dash: string;
}

export interface NodeFacts extends NodeSpot, NodeTexts {}

export const HAIRLINE = 1.25;

/** Every edge's texts, width and reveal steps for one problem and its trace. */
export function edgeFacts(
  problem: BackpropProblem,
  trace: BackpropTrace,
  reveal: Reveal,
  layout: NetworkLayout,
): EdgeFacts[] {
  const { gradients, updated } = trace.computation;
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
    if (edge.kind === 'add')
      return { ...plain, lines: [revealed('×1', reveal.at('node', edge.layer, edge.row))] };
    if (edge.kind === 'local')
      return {
        ...plain,
        lines: [
          revealed(localText(problem, trace, edge.layer, edge.row), reveal.at('node', edge.layer, edge.row)),
        ],
      };
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

/** Every node's texts and reveal steps for one problem and its trace. */
export function nodeFacts(
  problem: BackpropProblem,
  trace: BackpropTrace,
  reveal: Reveal,
  layout: NetworkLayout,
): NodeFacts[] {
  return layout.nodes.map((node) => ({
    ...node,
    ...nodeTexts(problem, trace, reveal, node.kind, node.layer, node.unit),
  }));
}

/** How many of `items` (ordered by their steps) are shown at step `index`. */
export function shownCount(items: readonly Revealed[], index: number): number {
  let count = 0;
  while (count < items.length && items[count]!.at <= index) count++;
  return count;
}
