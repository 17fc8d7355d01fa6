import type { BackpropStep } from '@dlviz/core';
import { weightKey } from './layout.js';

/** What a step is about: `active` is what it computes, `window` what it reads. */
export type Mark = 'active' | 'window';

export interface Focus {
  /** By `unitKey`: the inputs are layer -1. */
  readonly units: ReadonlyMap<string, Mark>;
  /** By edge key (`weightKey`, `loss:k`, and in the graph view `add:l:j`, `local:l:j`). */
  readonly edges: ReadonlyMap<string, Mark>;
  readonly loss?: Mark;
}

export const unitKey = (layer: number, unit: number): string => `${layer}:${unit}`;

/** The units and edges one step of the trace touches, for highlighting; `widths` as in the layout. */
export function stepFocus(step: BackpropStep, widths: readonly number[]): Focus {
  const units = new Map<string, Mark>();
  const edges = new Map<string, Mark>();
  let loss: Mark | undefined;
  const last = widths.length - 2;
  const incoming = (layer: number, row: number, mark: Mark) => {
    for (let i = 0; i < widths[layer]!; i++) {
      edges.set(weightKey(layer, row, i), mark);
      units.set(unitKey(layer - 1, i), 'window');
    }
  };
  switch (step.kind) {
    case 'forward':
      incoming(step.layer, step.unit, 'window');
      units.set(unitKey(step.layer, step.unit), 'active');
      break;
    case 'loss':
      for (let k = 0; k < widths[last + 1]!; k++) {
        units.set(unitKey(last, k), 'window');
        edges.set(`loss:${k}`, 'window');
      }
      loss = 'active';
      break;
    case 'outputGradient':
      loss = 'window';
      edges.set(`loss:${step.unit}`, 'active');
      units.set(unitKey(step.layer, step.unit), 'active');
      break;
    case 'accumulate':
      // Every path through this unit continues through one unit above: those edges meet here.
      step.terms.forEach(({ from }) => {
        edges.set(weightKey(step.layer + 1, from, step.unit), 'active');
        units.set(unitKey(step.layer + 1, from), 'window');
      });
      units.set(unitKey(step.layer, step.unit), 'active');
      break;
    case 'node':
      // ∂z = ∂a · act′(z), which the add passes on unchanged to the weighted sum.
      edges.set(`local:${step.layer}:${step.unit}`, 'active');
      edges.set(`add:${step.layer}:${step.unit}`, 'active');
      units.set(unitKey(step.layer, step.unit), 'active');
      break;
    case 'weightGradient':
      incoming(step.layer, step.unit, 'active');
      units.set(unitKey(step.layer, step.unit), 'active');
      break;
    case 'update':
      if (step.column !== undefined) {
        edges.set(weightKey(step.layer, step.row, step.column), 'active');
        units.set(unitKey(step.layer, step.row), 'window');
      } else units.set(unitKey(step.layer, step.row), 'active');
      break;
  }
  return { units, edges, ...(loss && { loss }) };
}
