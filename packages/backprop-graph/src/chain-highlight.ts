import type { ChainRule } from '@dlviz/core';
import { weightKey } from './layout.js';
import { partKey } from './step-focus.js';

/** Paths drawn at most; past this the band would cover the whole network and say nothing. */
export const DRAWN_PATHS = 64;

export interface ChainHighlight {
  readonly edges: ReadonlySet<string>;
  /** By `partKey`: the operations the paths run through. */
  readonly parts: ReadonlySet<string>;
  /** The chosen bias, by `partKey` of the add it feeds. */
  readonly bias?: string;
}

/**
 * The edges and operations on the chain rule's paths from the loss down to the chosen parameter:
 * each path lists one unit per layer from the output down (`units`, top first), joined by the
 * weights between. A path runs through each unit's activation, add and multiply, except that a
 * bias's own unit ends at the add, into which the bias goes.
 */
export function chainHighlight(rule: ChainRule, layers: number): ChainHighlight {
  const edges = new Set<string>();
  const parts = new Set<string>();
  const last = layers - 1;
  const { parameter } = rule;
  if (parameter.kind === 'weight') edges.add(weightKey(parameter.layer, parameter.row, parameter.column));
  for (const path of rule.paths.slice(0, DRAWN_PATHS)) {
    edges.add(`loss:${path.units[0]!}`);
    path.units.forEach((unit, k) => {
      const layer = last - k;
      parts.add(partKey('activation', layer, unit));
      parts.add(partKey('add', layer, unit));
      edges.add(`local:${layer}:${unit}`);
      if (parameter.kind === 'bias' && layer === parameter.layer) return;
      parts.add(partKey('multiply', layer, unit));
      edges.add(`add:${layer}:${unit}`);
      const below = path.units[k + 1];
      if (below !== undefined) edges.add(weightKey(layer, unit, below));
    });
  }
  return {
    edges,
    parts,
    ...(parameter.kind === 'bias' && { bias: partKey('add', parameter.layer, parameter.row) }),
  };
}
