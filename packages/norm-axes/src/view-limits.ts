import { normLayoutAxes, type NormLayout } from '@dlviz/core';

/**
 * What the viewer draws at most, per axis, so every cell stays visible and a redraw stays within a
 * frame. The core accepts far larger tensors (for the CLI); the viewer refuses them with this message
 * rather than freezing the tab. BTD: B ≤ 8 sequences, T ≤ 8 tokens, D ≤ 16 features.
 */
export const VIEW_LIMITS = { N: 8, C: 16, H: 8, W: 8, B: 8, T: 8, D: 16 } as const satisfies Record<
  string,
  number
>;

export type AxisName = keyof typeof VIEW_LIMITS;

export function axisNames(layout: NormLayout): AxisName[] {
  return normLayoutAxes(layout).map((axis) => axis.name as AxisName);
}

/** The sentence the error panel shows for a tensor over the limits, e.g. "at most N ≤ 8, C ≤ 16". */
export function limitsText(layout: NormLayout): string {
  return axisNames(layout)
    .map((name) => `${name} ≤ ${VIEW_LIMITS[name]}`)
    .join(', ');
}
