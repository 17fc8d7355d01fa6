import axe from 'axe-core';
import { expect } from 'vitest';

/** No WCAG 2.2 AA violations inside `root`. */
export async function expectAccessible(root: Element) {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

export const narration = (root: ParentNode) => root.querySelector('.narration')?.textContent ?? '';

export function expectNoNaN(root: Element) {
  expect(root.textContent).not.toMatch(/NaN|undefined/);
}
