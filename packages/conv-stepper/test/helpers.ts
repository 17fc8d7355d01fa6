import axe from 'axe-core';
import { convPresets, convTrace, validate, type ConvProblem, type ConvProblemJson } from '@dlviz/core';

export const preset = (id: string): ConvProblemJson => convPresets.find((p) => p.id === id)!.problem;

/** The Duke midterm layer: 2×4×4 input, one 3×3×2 kernel, padding 1, bias −1, LeakyReLU(0.1), 2×2 max pool. */
export const duke = preset('duke-q8-maxpool');
/** The CMU midterm's 4×3 map with a 2×2 filter, no padding. */
export const cmu = preset('cmu-2c-valid');

/**
 * How many padding cells a grid draws: its ring's zeros, and the faded cells drawn instead of the
 * ring's (the other cells a step marks are drawn over the ring's, counted there).
 */
export const paddingCellsDrawn = (grid: Element): number =>
  grid.querySelector('path.ring + .zero')!.textContent!.length +
  grid.querySelectorAll('g[aria-hidden="true"] .cell.faded').length;

export function narration(container: Element): string {
  return container.querySelector('.narration')?.textContent ?? '';
}

export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The core's trace of a problem that is known to be valid. */
export function traceOf(problem: unknown) {
  const checked = validate(problem);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return convTrace(checked.value as ConvProblem);
}
