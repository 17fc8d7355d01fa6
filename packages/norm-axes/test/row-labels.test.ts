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

/** The tensor block's row labels, top to bottom: they are the index labels anchored at their end. */
function rowLabels(container: HTMLElement): string[] {
  return [...container.querySelectorAll('figure.block text.axis.index[text-anchor="end"]')].map(
    (label) => label.textContent!,
  );
}

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
