import { normPresets } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { veiledGroups } from './fixtures.js';

function cellsOf(container: HTMLElement): number {
  return container.querySelectorAll('.cells rect').length;
}

describe('NormAxes renders', () => {
  test('the default exam problem: cells, groups, narration, no NaN', async () => {
    const screen = await render(NormAxes, { problem: normPresets[0]!.problem });
    await expect.element(screen.getByRole('heading', { name: 'Normalization axes' })).toBeVisible();
    expect(cellsOf(screen.container)).toBe(20);
    // Batch norm on 5 × 4: one group per feature, the other three veiled.
    expect(veiledGroups(screen.container)).toBe(3);
    expect(screen.container.querySelector('.narration')!.textContent).toMatch(
      /^Channel 0 \(N reduced, 5 values\): mean = /,
    );
    expect(screen.container.textContent).not.toContain('NaN');
  });

  test.each(normPresets.map((p) => [p.id, p] as const))('preset %s draws every cell', async (_id, preset) => {
    const screen = await render(NormAxes, { problem: preset.problem });
    const shape: number[] = [];
    for (let v: unknown = preset.problem.input; Array.isArray(v); v = v[0]) shape.push(v.length);
    expect(cellsOf(screen.container)).toBe(shape.reduce((a, b) => a * b, 1));
    expect(screen.container.querySelectorAll('.gallery .tile')).toHaveLength(5);
    // Opened on a preset's problem (as ?preset= links do), the menu names the preset.
    await expect.element(screen.getByRole('combobox', { name: 'Preset' })).toHaveValue(preset.id);
    expect(screen.container.textContent).not.toContain('NaN');
    expect(screen.container.innerHTML).not.toContain('NaN');
  });

  test("every number keeps 4 px clear of its cell's sides, so a minus never meets an outline", async () => {
    // Five characters (−1.73) in the default 5 × 4 matrix's cells.
    const input = Array.from({ length: 5 }, (_, n) =>
      Array.from({ length: 4 }, (_, c) => -1.73 - n - c / 10),
    );
    const screen = await render(NormAxes, { problem: { widget: 'norm', input, type: 'batch' } });
    // In the drawing's own units, as the block is scaled to its width.
    const cell = screen.container.querySelector<SVGRectElement>('.cells rect')!.getBBox().width + 1;
    const texts = [...screen.container.querySelectorAll<SVGTextElement>('.values text')];
    expect(texts).toHaveLength(20);
    for (const text of texts) expect(text.getBBox().width).toBeLessThanOrEqual(cell - 8 + 0.5);
  });

  test('cells are as wide as the longest number of the input and the output, none squeezed, in either view', async () => {
    const screen = await render(NormAxes, { problem: normPresets[0]!.problem });
    const widths = () =>
      [...screen.container.querySelectorAll('.cells rect')].map((rect) => rect.getAttribute('width'));
    const asInput = widths();
    // The output holds −0.0914, wider than a square cell.
    expect(Number(asInput[0]) + 1).toBeGreaterThan(40);
    await screen.getByRole('button', { name: 'output y' }).click();
    await expect.poll(() => screen.container.textContent).toContain('−0.0914');
    expect(widths()).toEqual(asInput);
    expect(screen.container.querySelectorAll('.values text[textLength]')).toHaveLength(0);
  });
});
