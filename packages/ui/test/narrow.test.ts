import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import DemoWidget from './fixtures/DemoWidget.svelte';

/** Nothing shown in the toolbar or the step controls reaches past the frame's right edge, and the frame does not scroll sideways. */
function expectFits(frame: HTMLElement): void {
  const right = frame.getBoundingClientRect().right;
  expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  for (const element of frame.querySelectorAll<HTMLElement>('header *, .controls *'))
    if (element.checkVisibility())
      expect(element.getBoundingClientRect().right, element.outerHTML.slice(0, 80)).toBeLessThanOrEqual(
        right,
      );
}

test('on a 320 px phone the toolbar wraps and a long preset title shrinks, so nothing overflows', async () => {
  await page.viewport(320, 1200);
  try {
    const screen = await render(DemoWidget, { problem: { values: [[1, 2, 3]] } });
    const frame = screen.container.querySelector<HTMLElement>('.frame')!;
    expect(frame.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('exam');
    expectFits(frame);
    for (const menu of frame.querySelectorAll('details')) menu.open = true;
    expectFits(frame);
  } finally {
    await page.viewport(414, 896);
  }
});

test('on a phone the step controls are stacked rows as tall as what they hold, with no gaps between', async () => {
  await page.viewport(375, 1200);
  try {
    const screen = await render(DemoWidget, { problem: { values: [[1, 2, 3]] } });
    const controls = screen.container.querySelector<HTMLElement>('.controls')!;
    // The narrow frame's layout: the buttons alone are held at the screen's bottom.
    expect(getComputedStyle(controls).display).toBe('contents');
    const height = (selector: string) => controls.querySelector(selector)!.getBoundingClientRect().height;
    expect(height('.track')).toBeLessThanOrEqual(height('.scrubber') + 1);
  } finally {
    await page.viewport(414, 896);
  }
});
