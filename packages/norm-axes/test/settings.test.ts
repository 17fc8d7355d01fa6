import { openSection } from '@dlviz/build-config/open-section';
import { normPresets, randomNormInput } from '@dlviz/core';
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { withSize } from '../src/problem-edits.js';

const exam = normPresets.find((p) => p.id === 'exam-batch-fc')!.problem;

describe('the size fields', () => {
  test.each([
    ['N', '9', 'Must be at most 8'],
    ['N', '0', 'Must be at least 1'],
    ['N', '2.5', 'Must be a whole number'],
    ['N', '', 'Enter a number'],
    ['C', '17', 'Must be at most 16'],
  ])(
    '%s = "%s" is refused with a message, kept for fixing, and applies nothing',
    async (axis, typed, message) => {
      // A phone's width, where N ends the first row and a floating message was cut off.
      await page.viewport(375, 900);
      const onproblemchange = vi.fn();
      const screen = await render(NormAxes, { problem: exam, onproblemchange });
      await openSection(screen.container, 'Normalization settings');
      const field = screen.getByRole('textbox', { name: axis, exact: true });
      await field.fill(typed);
      await userEvent.keyboard('{Tab}');
      await expect.element(field).toHaveAttribute('aria-invalid', 'true');
      await expect.element(field).toHaveAccessibleDescription(message);
      await expect.element(field).toHaveValue(typed);
      // The whole message shows, inside the settings, above the sizes' note rather than over it.
      const shown = screen.getByText(message).element().getBoundingClientRect();
      const settings = screen.container.querySelector('.controls')!.getBoundingClientRect();
      expect(shown.right).toBeLessThanOrEqual(settings.right);
      expect(shown.bottom).toBeLessThanOrEqual(
        screen.container.querySelector('.limits')!.getBoundingClientRect().top,
      );
      expect(onproblemchange).not.toHaveBeenCalled();
      expect(screen.container.querySelectorAll('.cells rect')).toHaveLength(20);
      // Fixed in place, it applies.
      await field.fill('3');
      await userEvent.keyboard('{Tab}');
      await expect.element(field).not.toHaveAttribute('aria-invalid');
      expect(onproblemchange).toHaveBeenCalledTimes(1);
    },
  );

  test('↑ then ↓ on N keeps every value, an edit included', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: exam, onproblemchange });
    await screen.getByRole('textbox', { name: 'value of x[0, 0]' }).fill('3');
    await userEvent.keyboard('{Enter}');
    const edited = onproblemchange.mock.lastCall![0].input as number[][];
    expect(edited[0]![0]).toBe(3);
    await openSection(screen.container, 'Normalization settings');
    await userEvent.click(screen.getByRole('textbox', { name: 'N', exact: true }));
    await userEvent.keyboard('{ArrowUp}');
    const grown = onproblemchange.mock.lastCall![0].input as number[][];
    expect(grown).toHaveLength(6);
    expect(grown.slice(0, 5)).toEqual(edited);
    await userEvent.keyboard('{ArrowDown}');
    expect(onproblemchange.mock.lastCall![0].input).toEqual(edited);
    expect(screen.container.querySelector('.values text')!.textContent).toBe('3');
  });

  test.each([320, 375])('at %i px no empty row is left under the sizes for the unused G', async (width) => {
    await page.viewport(width, 900);
    const screen = await render(NormAxes, { problem: exam });
    await openSection(screen.container, 'Normalization settings');
    // Where the G select would wrap to a row of its own, whichever row the ε field lands on.
    const eps = screen.getByRole('textbox', { name: 'eps' }).element().closest('label')!;
    const limits = screen.container.querySelector('.limits')!;
    const gap = limits.getBoundingClientRect().top - eps.getBoundingClientRect().bottom;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(16);
    // The control is still there for group norm, in the row.
    await screen.getByRole('combobox', { name: 'Type' }).selectOptions('group');
    await expect.element(screen.getByRole('combobox', { name: 'G' })).toBeVisible();
  });
});

describe('resizing', () => {
  const problem = { ...exam, layout: 'NC' as const, eps: 1e-5, gamma: [1, 1, 1, 1], beta: [0, 0, 0, 0] };

  test('growing keeps the old values at their indices and draws only the new ones from the seed', () => {
    const grown = withSize(problem, [6, 5], 7).input as number[][];
    const drawn = randomNormInput({ layout: 'NC', shape: [6, 5], seed: 7 }) as number[][];
    grown.forEach((row, n) =>
      row.forEach((v, c) => expect(v).toBe(n < 5 && c < 4 ? exam.input[n]![c] : drawn[n]![c])),
    );
  });

  test('shrinking then growing back refills the dropped positions from the seed', () => {
    const back = withSize(withSize(problem, [2, 4], 7), [5, 4], 7).input as number[][];
    const drawn = randomNormInput({ layout: 'NC', shape: [5, 4], seed: 7 }) as number[][];
    expect(back.slice(0, 2)).toEqual(exam.input.slice(0, 2));
    expect(back.slice(2)).toEqual(drawn.slice(2));
  });
});
