import { openSection } from '@dlviz/build-config/open-section';
import axe from 'axe-core';
import { normPresets } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { axeTags, narration, small } from './fixtures.js';

describe('instructor options', () => {
  test("predict mode asks for the next step's value and reveals it", async () => {
    const screen = await render(NormAxes, { problem: small, predict: true });
    await expect.element(screen.getByText('What is the variance σ² of example 0?')).toBeVisible();
    await screen.getByRole('textbox', { name: 'Your prediction' }).fill('0.6667');
    await screen.getByRole('button', { name: 'Check' }).click();
    await expect.element(screen.getByText(/Correct: the answer is 0\.666667/)).toBeVisible();
    await screen.getByRole('button', { name: 'Continue' }).click();
    expect(narration(screen.container)).toMatch(/^Example 0: variance/);
    await expect.element(screen.getByText(/What is the output y of x\[0, 0\]\?/)).toBeVisible();
  });

  test('hide removes the settings and the worked panel; lock disables editing and stepping', async () => {
    const hidden = await render(NormAxes, { problem: small, hide: 'edit worked presets' });
    expect(hidden.getByText('Normalization settings').query()).toBeNull();
    expect(hidden.getByText('Worked answer', { exact: true }).query()).toBeNull();
    expect(hidden.container.querySelector('.preset')).toBeNull();
    hidden.unmount();
    const locked = await render(NormAxes, { problem: small, lock: ['edit', 'steps'] });
    await openSection(locked.container, 'Normalization settings');
    await expect.element(locked.getByRole('combobox', { name: 'Type' })).toBeDisabled();
    await expect.element(locked.getByRole('textbox', { name: 'value of x[0, 0]' })).toBeDisabled();
    await expect.element(locked.getByRole('button', { name: /^Batch norm/ })).toBeDisabled();
    await expect.element(locked.getByRole('button', { name: 'Next step' })).toBeDisabled();
  });

  test.each(['light', 'dark'] as const)(
    'axe: no WCAG 2.2 AA violations, %s, default and predict',
    async (theme) => {
      // Wide enough for the frame's worked formula, which scrolls (unfocusably) when squeezed.
      await page.viewport(1200, 900);
      for (const predict of [false, true]) {
        const screen = await render(NormAxes, { problem: normPresets[5]!.problem, theme, predict });
        // The prompt's code loads on demand: check the page with the prompt on it.
        if (predict)
          await expect.element(screen.getByRole('textbox', { name: 'Your prediction' })).toBeVisible();
        const results = await axe.run(screen.container, axeTags);
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        screen.unmount();
      }
    },
  );
});
