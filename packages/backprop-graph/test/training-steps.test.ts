import { backpropPresets } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import BackpropGraph from '../src/BackpropGraph.svelte';
import { expectAccessible } from './helpers.js';

const duke = backpropPresets.find((p) => p.id === 'duke-q9-leaky-mlp')!.problem;

/** The nearest ancestor that clips what overflows it (the drawing area scrolls). */
function scroller(element: Element): Element {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return e;
  }
  return document.documentElement;
}

/** `inner`'s box lies within `outer`'s (a pixel of rounding allowed). */
function within(inner: Element, outer: Element) {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
}

/** The field's message as screen readers reach it: through the field's aria-describedby. */
function describedBy(field: HTMLInputElement): HTMLElement | null {
  const id = field.getAttribute('aria-describedby');
  return id ? field.ownerDocument.getElementById(id) : null;
}

describe('training steps', () => {
  // At 1100 px the field sits near the drawing area's right edge (as on the docs' embed page at
  // 1280 px, whose frame is narrower): a floating message there was cut to "Must be at most 10".
  test.each([
    [1100, '1000000', 'Must be at most 1000'],
    [1100, '1e200', 'Must be at most 1000'],
    [1100, '-5', 'Must be at least 1'],
    [1100, '0', 'Must be at least 1'],
    [1100, 'ten', '“ten” is not a number'],
    [1280, '1000000', 'Must be at most 1000'],
    [375, '1000000', 'Must be at most 1000'],
    [375, '0', 'Must be at least 1'],
    [
      375,
      '12345678901234567890123456789012345678901234567890x',
      '“12345678901234567890123456789012345678901234567890x” is not a number',
    ],
  ])(
    'at %i px, %s stays in the field with its whole message, and Train waits until it is fixed',
    async (width, text, message) => {
      await page.viewport(width, 900);
      const screen = await render(BackpropGraph, { problem: duke });
      const field = screen.getByRole('textbox', { name: 'Training steps' });
      await field.fill(text);
      await userEvent.tab();
      const input = field.element() as HTMLInputElement;
      // Nothing is lost: the slip stays to be fixed, marked invalid with the reason.
      expect(input.value).toBe(text);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const error = describedBy(input)!;
      expect(error.textContent).toBe(message);
      // The whole message shows: inside the drawing area that scrolls, and not cut inside its own box.
      expect(within(error, scroller(error))).toBe(true);
      expect(error.scrollWidth).toBeLessThanOrEqual(error.clientWidth);
      expect(within(error, screen.container.querySelector('.training')!)).toBe(true);
      // The button trains nothing until the field holds a count again.
      await expect.element(screen.getByRole('button', { name: 'Train 100 steps' })).toBeDisabled();
      await expectAccessible(screen.container.querySelector('.training')!);

      await field.fill('30');
      expect(input.getAttribute('aria-invalid')).toBeNull();
      await expect.element(screen.getByRole('button', { name: 'Train 30 steps' })).toBeEnabled();
    },
  );

  test('the button names the count being typed, and trains it when clicked before the field commits', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    const field = screen.getByRole('textbox', { name: 'Training steps' });
    await field.fill('3');
    await screen.getByRole('button', { name: 'Train 3 steps' }).click();
    await expect.element(screen.getByRole('img', { name: /^Loss from/ })).toBeVisible();
    expect(screen.container.querySelector('.loss-chart figcaption')!.textContent).toMatch(/after 3 steps$/);
    await expect.element(field).toHaveValue('3');
    // One step is one step.
    await field.fill('1');
    await screen.getByRole('button', { name: 'Train 1 step' }).click();
    await expect.element(screen.getByRole('img', { name: /over 4 steps$/ })).toBeVisible();
  });

  test('a fraction of a step is refused, not rounded: its text stays, with a message, and Train waits', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    const field = screen.getByRole('textbox', { name: 'Training steps' });
    await field.fill('2.5');
    await userEvent.tab();
    await expect.element(field).toHaveValue('2.5');
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'Must be a whole number' }))
      .toBeVisible();
    await expect.element(screen.getByRole('button', { name: /^Train / })).toBeDisabled();
    await expectAccessible(screen.container.querySelector('.training')!);
    await field.fill('2');
    await expect.element(screen.getByText('Must be a whole number')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('button', { name: 'Train 2 steps' })).toBeEnabled();
  });

  test('Escape and ↑/↓ leave an invalid count for a valid one, and the button follows', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    const field = screen.getByRole('textbox', { name: 'Training steps' });
    await field.fill('0');
    await expect.element(screen.getByRole('button', { name: 'Train 100 steps' })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
    await expect.element(field).toHaveValue('100');
    await expect.element(screen.getByRole('button', { name: 'Train 100 steps' })).toBeEnabled();

    await field.fill('5000');
    await expect.element(screen.getByRole('button', { name: 'Train 100 steps' })).toBeDisabled();
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(field).toHaveValue('110');
    await expect.element(screen.getByRole('button', { name: 'Train 110 steps' })).toBeEnabled();

    // At the top of the range ↑ changes nothing, yet it still replaces the slip with the count.
    await field.fill('1000');
    await userEvent.keyboard('{Enter}');
    await field.fill('abc');
    await expect.element(screen.getByRole('button', { name: 'Train 1000 steps' })).toBeDisabled();
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(field).toHaveValue('1000');
    await expect.element(screen.getByRole('button', { name: 'Train 1000 steps' })).toBeEnabled();
  });
});
