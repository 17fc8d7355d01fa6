import type { NormProblemJson } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';

const problem = (
  input: NormProblemJson['input'],
  type: NormProblemJson['type'] = 'batch',
): NormProblemJson => ({
  widget: 'norm',
  input,
  type,
});

/** The tensor block's row labels, top to bottom: the index labels not centered over a column. */
const rowLabelTexts = (container: HTMLElement) => [
  ...container.querySelectorAll<SVGTextElement>('figure.block text.axis.index:not([text-anchor="middle"])'),
];
const rowLabels = (container: HTMLElement): string[] => rowLabelTexts(container).map((l) => l.textContent!);

describe('the block names its rows, a batch of one and a single token too', () => {
  test.each([
    ['BTD 1 × 1 × 2', problem([[[1, 2]]], 'instance'), ['b0', 't0']],
    ['BTD 2 × 1 × 2', problem([[[1, 2]], [[3, 5]]]), ['b0', 't0', 'b1', 't0']],
    ['NC 1 × 4', { ...problem([[0.8, -1.5, 2.3, 0.4]]), layout: 'NC' } as NormProblemJson, ['n0']],
    [
      'NCHW 1 × 2 × 2 × 2',
      problem([
        [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ],
        ],
      ]),
      ['n0', 'h0', 'h1'],
    ],
    ['NCHW 1 × 1 × 1 × 1', problem([[[[1]]]]), ['n0', 'h0']],
    ['NCHW 3 × 1 × 1 × 1', problem([[[[1]]], [[[2]]], [[[4]]]]), ['n0', 'h0', 'n1', 'h0', 'n2', 'h0']],
  ])('%s', async (_shape, json, labels) => {
    const screen = await render(NormAxes, { problem: json });
    expect(rowLabels(screen.container)).toEqual(labels);
  });

  test('the outer axis is named at the far left, clear of the inner one beside the cells', async () => {
    // Two examples of two 8 × 3 channels, H at the most the viewer draws.
    const rows = Array.from({ length: 8 }, (_, r) => [r, r + 1, r + 2]);
    const screen = await render(NormAxes, {
      problem: problem([
        [rows, rows],
        [rows, rows],
      ]),
    });
    const labels = rowLabelTexts(screen.container);
    const outer = labels.filter((l) => l.textContent!.startsWith('n'));
    const inner = labels.filter((l) => l.textContent!.startsWith('h'));
    expect(outer.map((l) => l.textContent)).toEqual(['n0', 'n1']);
    expect(inner).toHaveLength(16);
    const right = Math.max(...outer.map((l) => l.getBBox().x + l.getBBox().width));
    expect(Math.min(...inner.map((l) => l.getBBox().x))).toBeGreaterThanOrEqual(right + 6);
    // Each example's name is level with the middle of its panel, between its first and last rows.
    for (const [n, label] of outer.entries()) {
      const rowsOf = inner.slice(n * 8, n * 8 + 8).map((l) => l.getBBox().y);
      expect(label.getBBox().y).toBeGreaterThan(Math.min(...rowsOf));
      expect(label.getBBox().y).toBeLessThan(Math.max(...rowsOf));
    }
  });

  test('a block narrower than its title is widened to show it whole', async () => {
    // C = W = 1: one column of cells under "C (channels) →   within each: W (columns) →".
    const screen = await render(NormAxes, { problem: problem([[[[1]]], [[[2]]]]) });
    const svg = screen.container.querySelector<SVGSVGElement>('figure.block svg')!;
    for (const title of svg.querySelectorAll<SVGTextElement>('text.axis.title'))
      expect(title.getBBox().x + title.getComputedTextLength()).toBeLessThanOrEqual(
        svg.viewBox.baseVal.width,
      );
  });
});
