import type { NormProblemJson } from '@dlviz/core';
import { userEvent } from 'vitest/browser';
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

/**
 * Rests the pointer off every widget, in the page's bottom right corner. The pointer stays where
 * an earlier test left it, and a block drawn under it is hovered, which its cell panel then
 * follows instead of the selected cell the keyboard moves.
 */
export async function pointerAway(): Promise<void> {
  let rest = document.querySelector<HTMLElement>('#pointer-rest');
  if (!rest) {
    rest = Object.assign(document.createElement('div'), { id: 'pointer-rest' });
    rest.style.cssText = 'position:fixed;right:0;bottom:0;width:4px;height:4px;z-index:2147483647';
    document.body.append(rest);
  }
  await userEvent.hover(rest);
}
