import { openSection } from '@dlviz/build-config/open-section';
import axe from 'axe-core';
import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Component } from 'svelte';
import NormAxes from '../src/NormAxes.svelte';
import type { WidgetProps } from '@dlviz/ui';

// Invalid problems on purpose: the widget takes anything a page may hand it.
const AnyNormAxes = NormAxes as Component<WidgetProps<unknown>>;
import { axeTags, small } from './fixtures.js';

describe('invalid problems', () => {
  test('an invalid object shows the path, emits error, and a fix restores the drawing', async () => {
    const onerror = vi.fn();
    const screen = await render(NormAxes, { problem: { ...small, type: 'group' }, onerror });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('groups: required for "group" normalization');
    expect(onerror).toHaveBeenCalledWith([{ path: 'groups', message: 'required for "group" normalization' }]);
    expect(screen.container.querySelector('.cells')).toBeNull();
    const results = await axe.run(screen.container, axeTags);
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await screen.rerender({ problem: { ...small, type: 'group', groups: 3 } });
    expect(screen.container.querySelectorAll('.cells rect')).toHaveLength(6);
  });

  test('a problem that came in broken is fixed in place, in the JSON the error panel holds', async () => {
    const onproblemchange = vi.fn();
    const broken = JSON.stringify({ ...small, type: 'group' });
    const screen = await render(NormAxes, { problem: broken, onproblemchange });
    const text = screen.getByRole('textbox', { name: 'Problem JSON' });
    await expect.element(text).toHaveValue(broken);
    const fixed = { ...small, type: 'group', groups: 3 };
    await text.fill(JSON.stringify(fixed));
    await screen.getByRole('button', { name: 'Apply the JSON' }).click();
    await expect.poll(() => screen.container.querySelectorAll('.cells rect').length).toBe(6);
    expect(onproblemchange).toHaveBeenLastCalledWith(fixed);
  });

  test('an edit that makes the problem invalid keeps the settings, to fix it there or go back', async () => {
    const onproblemchange = vi.fn();
    // Example 1's values differ, but by so little that their variance underflows to 0: eps 0 would
    // divide them by √0. (Equal values are fine: their outputs are β.)
    const underflowingRow = {
      ...small,
      input: [
        [1, 2, 3],
        [1e-170, -1e-170, 0],
      ],
    };
    const screen = await render(NormAxes, { problem: underflowingRow, onproblemchange });
    await openSection(screen.container, 'Normalization settings');
    const eps = screen.getByRole('textbox', { name: 'eps' });
    await eps.fill('0');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        'eps: must be greater than 0 here: the values of example 1 are not all equal, but their variance is 0 in float64',
      );
    expect(screen.container.querySelector('.cells')).toBeNull();
    expect(onproblemchange).not.toHaveBeenCalled();
    await expect.element(eps).toHaveValue('0');
    await screen.getByRole('button', { name: 'Back to the last valid problem' }).click();
    await expect.poll(() => screen.container.querySelectorAll('.cells rect').length).toBe(6);
    await eps.fill('0');
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('alert')).toBeVisible();
    await eps.fill('0.001');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => screen.container.querySelectorAll('.cells rect').length).toBe(6);
    expect(onproblemchange).toHaveBeenLastCalledWith(expect.objectContaining({ eps: 0.001 }));
  });

  test('bad JSON text names the line and column; the error action loads a preset', async () => {
    const onerror = vi.fn();
    const screen = await render(NormAxes, { problem: '{"widget": "norm", "input": [[1, 2],', onerror });
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/line 1/);
    expect(onerror).toHaveBeenCalled();
    await screen.getByRole('button', { name: 'Load the first preset' }).click();
    expect(screen.container.querySelectorAll('.cells rect')).toHaveLength(20);
  });

  test('a misspelled key and a value of the wrong type are named by path', async () => {
    const screen = await render(AnyNormAxes, { problem: { ...small, epss: 1, gamma: [1, 'x', 1] } });
    await expect.element(screen.getByRole('alert')).toHaveTextContent('epss');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('gamma[1]');
  });

  test('a tensor over the view limits is refused with the limits stated', async () => {
    const input = Array.from({ length: 9 }, () => [1, 2]);
    const screen = await render(NormAxes, { problem: { widget: 'norm', input, type: 'batch' } });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('input: the viewer draws at most N ≤ 8, C ≤ 16; got N = 9, C = 2');
  });

  test('an empty input says it is empty, as the CLI does', async () => {
    const screen = await render(AnyNormAxes, { problem: { widget: 'norm', input: [], type: 'batch' } });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('input: expected at least one example, got an empty array');
  });

  test("another widget's problem is an issue, not a crash", async () => {
    const screen = await render(AnyNormAxes, { problem: { widget: 'backprop' } });
    await expect.element(screen.getByRole('alert')).toBeVisible();
  });
});
