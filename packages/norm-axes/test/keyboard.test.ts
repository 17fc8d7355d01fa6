import { normPresets } from '@dlviz/core';
import axe from 'axe-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { axeTags, pointerAway } from './fixtures.js';

beforeEach(pointerAway);

const preset = (id: string) => normPresets.find((p) => p.id === id)!.problem;
const sentence = (root: HTMLElement) => root.querySelector('.cell-panel .sentence')!.textContent;

describe('the block by keyboard', () => {
  test('one tab stop; the arrows move the selected cell and name it, without stepping', async () => {
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    const grid = screen.getByRole('grid');
    await expect.element(grid).toHaveAttribute('tabindex', '0');
    expect(screen.container.querySelectorAll('[role="gridcell"]')).toHaveLength(20);
    expect(screen.container.querySelectorAll('[role="row"]')).toHaveLength(5);
    const narration = screen.container.querySelector('.narration')!.textContent;
    (grid.element() as SVGGElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => sentence(screen.container)).toMatch(/^x\[0, 1\] = /);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.poll(() => sentence(screen.container)).toMatch(/^x\[2, 1\] = /);
    await userEvent.keyboard('{End}');
    await expect.poll(() => sentence(screen.container)).toMatch(/^x\[2, 3\] = /);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect.poll(() => sentence(screen.container)).toMatch(/^x\[0, 0\] = /);
    // The keys moved the cell, not the steps; the active cell is the grid's active descendant.
    expect(screen.container.querySelector('.narration')!.textContent).toBe(narration);
    const active = document.getElementById(grid.element().getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('role')).toBe('gridcell');
    expect(active.getAttribute('aria-label')).toMatch(/^x\[0, 0\] = 1\.57$/);
    expect(screen.container.querySelector('.selected')).not.toBeNull();
    const results = await axe.run(screen.container, axeTags);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('the arrows cross from one sheet to the next as drawn (NCHW)', async () => {
    const problem = preset('group-norm-nchw');
    const screen = await render(NormAxes, { problem });
    const grid = screen.getByRole('grid');
    (grid.element() as SVGGElement).focus();
    // The last column of channel 0's sheet, then one step right: channel 1's first column.
    const width = (problem.input as number[][][][])[0]![0]![0]!.length;
    await userEvent.keyboard('{End}{Home}');
    for (let k = 0; k < width; k++) await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => sentence(screen.container)).toMatch(/^x\[0, 1, 0, 0\] = /);
    // A focus ring marks the active cell while the keyboard has the grid.
    expect(screen.container.querySelector('.focus-ring')).not.toBeNull();
    (grid.element() as SVGGElement).blur();
    await expect.poll(() => screen.container.querySelector('.focus-ring')).toBeNull();
  });
});
