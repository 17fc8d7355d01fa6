import { normGroupBox, normGrouping, type NormLayout, type NormType } from '@dlviz/core';
import type { BlockGeometry, Rect } from './block-layout.js';

/**
 * One rectangle per group of cells that share a mean and variance, in the core's group order.
 * `groups` is G for group norm (ignored by the other types).
 */
export function groupRects(
  geometry: BlockGeometry,
  type: NormType,
  layout: NormLayout,
  groups: number | undefined,
): Rect[] {
  const g = normGrouping(type, layout, geometry.shape, type === 'group' ? groups : undefined);
  return Array.from({ length: g.groupCount }, (_, k) => geometry.box(normGroupBox(g, k)));
}
