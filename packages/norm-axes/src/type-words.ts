import { normReducedAxes, type NormLayout, type NormType } from '@dlviz/core';

export const typeNames: Record<NormType, string> = {
  batch: 'Batch norm',
  layer: 'Layer norm',
  instance: 'Instance norm',
  group: 'Group norm',
  rms: 'RMS norm',
};

/** "reduces N, H, W; one μ, σ² per C": what a type averages over and what it keeps apart. */
export function reductionText(type: NormType, layout: NormLayout): string {
  const { reduced, kept } = normReducedAxes(type, layout);
  const statistic = type === 'rms' ? 'mean square' : 'μ, σ²';
  const per = kept.length ? `one ${statistic} per ${kept.join(' × ')}` : `one ${statistic} for all`;
  // Instance norm on NC data has no spatial axes: each value is its own group.
  return reduced.length
    ? `reduces ${reduced.join(', ')}; ${per}`
    : `reduces no axis; ${per}, each value alone`;
}

/** G for group norm when the problem has none yet: the smallest divisor of C above 1 (or 1). */
export function defaultGroups(channels: number): number {
  for (let g = 2; g <= channels; g++) if (channels % g === 0 && g < channels) return g;
  return 1;
}
