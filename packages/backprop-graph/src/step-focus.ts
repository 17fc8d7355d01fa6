import type { BackpropStep } from '@dlviz/core';
import { weightKey } from './layout.js';

/** What a step is about: `active` is what it computes, `window` what it reads. */
export type Mark = 'active' | 'window';

/**
 * A unit's three operations, as the computational graph draws them: multiply by the weights (W·a),
 * add the bias (z), activate (a). The inputs are the activations of layer -1.
 */
export type Part = 'multiply' | 'add' | 'activation';
/** A unit's operations in the order it computes them. */
export const PARTS: readonly Part[] = ['multiply', 'add', 'activation'];

export const partKey = (part: Part, layer: number, unit: number): string => `${part}:${layer}:${unit}`;
/** A bias's key among the parameters a step marks, beside the weights' (`weightKey`). */
export const biasKey = (layer: number, unit: number): string => `b:${layer}:${unit}`;

export interface Focus {
  /** By `partKey`. The neuron diagram shows a unit by the strongest mark of its parts. */
  readonly parts: ReadonlyMap<string, Mark>;
  /** By edge key (`weightKey`, `loss:k`, and in the graph view `add:l:j`, `local:l:j`), and `biasKey`. */
  readonly edges: ReadonlyMap<string, Mark>;
  readonly loss?: Mark;
  /** The one target the step reads (an output's gradient reads its own); without it, the loss reads them all. */
  readonly target?: number;
}

/** The parts and edges one step of the trace touches, for highlighting; `widths` as in the layout. */
export function stepFocus(step: BackpropStep, widths: readonly number[]): Focus {
  const parts = new Map<string, Mark>();
  const edges = new Map<string, Mark>();
  let loss: Mark | undefined;
  let target: number | undefined;
  const last = widths.length - 2;
  const mark = (part: Part, layer: number, unit: number, how: Mark) =>
    parts.set(partKey(part, layer, unit), how);
  /** The weights into unit `row` of `layer`, and the activations they multiply. */
  const incoming = (layer: number, row: number, how: Mark) => {
    for (let i = 0; i < widths[layer]!; i++) {
      edges.set(weightKey(layer, row, i), how);
      mark('activation', layer - 1, i, 'window');
    }
  };
  switch (step.kind) {
    case 'forward':
      incoming(step.layer, step.unit, 'window');
      edges.set(biasKey(step.layer, step.unit), 'window');
      for (const part of PARTS) mark(part, step.layer, step.unit, 'active');
      break;
    case 'loss':
      for (let k = 0; k < widths[last + 1]!; k++) {
        mark('activation', last, k, 'window');
        edges.set(`loss:${k}`, 'window');
      }
      loss = 'active';
      break;
    case 'outputGradient':
      loss = 'window';
      target = step.unit;
      edges.set(`loss:${step.unit}`, 'active');
      mark('activation', step.layer, step.unit, 'active');
      break;
    case 'accumulate':
      // Every path through this unit continues through a unit above, whose multiply sends the
      // gradient down each weight: those edges meet here, read with the multiplies' gradients.
      step.terms.forEach(({ from }) => {
        edges.set(weightKey(step.layer + 1, from, step.unit), 'window');
        mark('multiply', step.layer + 1, from, 'window');
      });
      mark('activation', step.layer, step.unit, 'active');
      break;
    case 'node':
      // ∂z = ∂a · act′(z), which the add passes on unchanged to the weighted sum.
      edges.set(`local:${step.layer}:${step.unit}`, 'active');
      edges.set(`add:${step.layer}:${step.unit}`, 'active');
      mark('activation', step.layer, step.unit, 'window');
      mark('add', step.layer, step.unit, 'active');
      mark('multiply', step.layer, step.unit, 'active');
      break;
    case 'weightGradient':
      // ∂L/∂w = the multiply's gradient times the weight's input: the results are on the edges;
      // ∂L/∂b is the add's ∂z.
      incoming(step.layer, step.unit, 'active');
      mark('multiply', step.layer, step.unit, 'window');
      mark('add', step.layer, step.unit, 'active');
      edges.set(biasKey(step.layer, step.unit), 'active');
      break;
    case 'update':
      // A weight's new value is on its edge, a bias's under its add.
      if (step.column !== undefined) edges.set(weightKey(step.layer, step.row, step.column), 'active');
      else {
        mark('add', step.layer, step.row, 'active');
        edges.set(biasKey(step.layer, step.row), 'active');
      }
      break;
  }
  return { parts, edges, ...(loss && { loss }), ...(target !== undefined && { target }) };
}
