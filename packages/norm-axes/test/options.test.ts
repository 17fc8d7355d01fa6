import { openSection } from '@dlviz/build-config/open-section';
import axe from 'axe-core';
import { normPresets } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
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

  test('predict mode gives no answer away: the panel, the outputs and the plots wait for their steps', async () => {
    // Layer norm over two examples: step 0 is example 0's mean, so its variance is the next question.
    const screen = await render(NormAxes, { problem: small, predict: true, view: 'output,cell:4' });
    const panel = () => screen.container.querySelector('.cell-panel .numbers')!.textContent!;
    // Pinned x[1, 1] is in example 1, whose steps have not come: none of its numbers show.
    expect(panel()).toMatch(/μ\s*\?\s*σ²\s*\?/);
    expect(screen.container.querySelector('.cell-panel .formula')).toBeNull();
    // The outputs, the distributions and the batch experiment would show them: they wait too.
    await expect.element(screen.getByRole('button', { name: 'output y' })).toBeDisabled();
    expect(screen.container.querySelector('[aria-label^="Output tensor"]')).toBeNull();
    await expect.element(screen.getByText(/appear after the\s+last\s+step/)).toBeVisible();
    // Example 0, whose mean has come: μ shows, σ² (the question) does not.
    await screen.getByRole('textbox', { name: 'cell index n' }).fill('0');
    await userEvent.keyboard('{Tab}');
    await expect.poll(panel).toMatch(/μ\s*2\s*σ²\s*\?/);
    // The whole worked answer would too: its export waits for the last step.
    await screen.getByText('Export', { exact: true }).click();
    await expect.element(screen.getByRole('button', { name: 'Image (SVG)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Worked answer (Markdown)' }).query()).toBeNull();
    // At the last step everything shows, the option's output values included.
    await screen.getByRole('button', { name: 'Last step' }).click();
    // Leaving the menu closed it; opened again, it offers the whole worked answer.
    await screen.getByText('Export', { exact: true }).click();
    await expect.element(screen.getByRole('button', { name: 'Worked answer (Markdown)' })).toBeVisible();
    await expect.poll(panel).not.toContain('?');
    await expect
      .element(screen.getByRole('button', { name: 'output y' }))
      .toHaveAttribute('aria-pressed', 'true');
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

  test('the view group holds the input/output and per-channel/per-example switches', async () => {
    const hidden = await render(NormAxes, { problem: small, hide: 'view' });
    expect(hidden.getByRole('button', { name: 'input x' }).query()).toBeNull();
    expect(hidden.getByRole('button', { name: 'per example' }).query()).toBeNull();
    hidden.unmount();
    const locked = await render(NormAxes, { problem: small, lock: 'view' });
    await expect.element(locked.getByRole('button', { name: 'input x' })).toBeDisabled();
    await expect.element(locked.getByRole('button', { name: 'per example' })).toBeDisabled();
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
