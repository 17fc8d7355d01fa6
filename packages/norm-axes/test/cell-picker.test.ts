import { beforeEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { pointerAway } from './fixtures.js';

beforeEach(pointerAway);

const sentence = (root: HTMLElement) => root.querySelector('.cell-panel .sentence')!.textContent;

// The default problem: batch norm on a 5 × 4 matrix, so n is 0 to 4 and c is 0 to 3.
describe('picking the selected cell by its coordinates', () => {
  test.each([
    ['9', 'Must be at most 4'],
    ['-1', 'Must be at least 0'],
    ['1.5', 'Must be a whole number'],
  ])('%s is refused in place with a message; focus and the cell stay', async (typed, message) => {
    const screen = await render(NormAxes);
    const field = screen.getByRole('textbox', { name: 'cell index n' });
    await field.fill(typed);
    await userEvent.keyboard('{Enter}');
    // The typed text stays to be fixed, marked invalid, with the message announced and tied to it.
    await expect.element(field).toHaveValue(typed);
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field).toHaveAccessibleDescription(message);
    await expect.element(screen.getByRole('status').filter({ hasText: message })).toBeVisible();
    await expect.element(field).toHaveFocus();
    expect(sentence(screen.container)).toMatch(/^x\[0, 0\] = /);
    // Escape shows the selected cell's coordinate again.
    await userEvent.keyboard('{Escape}');
    await expect.element(field).toHaveValue('0');
    await expect.element(field).not.toHaveAttribute('aria-invalid');
  });

  test('an empty field left by Tab says a number is wanted', async () => {
    const screen = await render(NormAxes);
    const field = screen.getByRole('textbox', { name: 'cell index c' });
    await field.fill('');
    await userEvent.keyboard('{Tab}');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field).toHaveAccessibleDescription('Enter a number');
    expect(sentence(screen.container)).toMatch(/^x\[0, 0\] = /);
  });

  test('an index in range selects its cell, and ↑ stops at the last one', async () => {
    const screen = await render(NormAxes);
    const field = screen.getByRole('textbox', { name: 'cell index n' });
    await field.fill('4');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => sentence(screen.container)).toMatch(/^x\[4, 0\] = /);
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(field).toHaveValue('4');
    await expect.element(field).not.toHaveAttribute('aria-invalid');
    expect(sentence(screen.container)).toMatch(/^x\[4, 0\] = /);
  });
});
