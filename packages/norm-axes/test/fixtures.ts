import type { NormProblemJson } from '@dlviz/core';
import groupNchwCase from '../../core/test/fixtures/norm-group-nchw.json';

/** Two examples of three features: small enough to check every number by hand. */
export const small: NormProblemJson = {
  widget: 'norm',
  input: [
    [1, 2, 3],
    [3, 6, 9],
  ],
  type: 'layer',
};

/**
 * The group-norm case solved with PyTorch (from ../shared/fixtures, copied into the core's tests):
 * 4×6×3×3, with numbers that make the cell panel's formulas long.
 */
export const groupNchw = groupNchwCase.problem as NormProblemJson;

export const axeTags = {
  runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
};

export function narration(container: HTMLElement): string {
  return container.querySelector('.narration')?.textContent ?? '';
}

/** How many groups the overlay veils: the veil is one path with a subpath per group. */
export function veiledGroups(container: HTMLElement): number {
  return container.querySelector('.groups .veil')?.getAttribute('d')?.match(/M/g)?.length ?? 0;
}
