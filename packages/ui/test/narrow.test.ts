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

test('at every width a toolbar menu opens within the widget, whichever row its button wrapped to', async () => {
  const screen = await render(DemoWidget, { problem: { values: [[1, 2, 3]] } });
  await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('exam');
  const frame = screen.container.querySelector<HTMLElement>('.frame')!;
  const summary = screen.getByText('Export', { exact: true });
  const menu = summary.element().closest('details')!;
  const wrapped: boolean[] = [];
  try {
    // From where menus float (a frame wider than 30rem) to a laptop's width.
    for (let width = 520; width <= 1100; width += 20) {
      await page.viewport(width, 900);
      wrapped.push(menu.getBoundingClientRect().left - frame.getBoundingClientRect().left < 30);
      await summary.click();
      // Its items load when it first opens.
      const items = menu.querySelector('.menu-items')!;
      await expect.poll(() => items.querySelector('button')).not.toBeNull();
      const box = items.getBoundingClientRect();
      const edges = frame.getBoundingClientRect();
      expect(box.left, `${width} px`).toBeGreaterThanOrEqual(edges.left);
      expect(box.right, `${width} px`).toBeLessThanOrEqual(edges.right);
      await summary.click();
    }
  } finally {
    await page.viewport(414, 896);
  }
  // Both cases were met: the button at a row's start and at its end.
  expect(wrapped).toContain(true);
  expect(wrapped).toContain(false);
});

test('on a phone a toolbar menu opens over the page: no button moves, and the menu stays within the widget', async () => {
  for (const width of [320, 375, 480]) {
    await page.viewport(width, 900);
    const screen = await render(DemoWidget, { problem: { values: [[1, 2, 3]] } });
    try {
      await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('exam');
      const frame = screen.container.querySelector<HTMLElement>('.frame')!;
      const buttons = [
        ...frame.querySelectorAll<HTMLElement>('header button, header summary, header select'),
      ];
      const places = () =>
        buttons.map((b) => `${b.getBoundingClientRect().left},${b.getBoundingClientRect().top}`);
      const before = places();
      const summaries = [...frame.querySelectorAll<HTMLElement>('header summary')];
      expect(summaries.length).toBeGreaterThan(0);
      for (const summary of summaries) {
        summary.click();
        const items = summary.closest('details')!.querySelector('.menu-items')!;
        await expect.poll(() => items.querySelector('button, .menu-note')).not.toBeNull();
        expect(places(), `${width} px, ${summary.textContent}`).toEqual(before);
        const [box, edges] = [items.getBoundingClientRect(), frame.getBoundingClientRect()];
        expect(box.left, `${width} px`).toBeGreaterThanOrEqual(edges.left);
        expect(box.right, `${width} px`).toBeLessThanOrEqual(edges.right);
        // Under its button.
        expect(box.top).toBeGreaterThanOrEqual(summary.getBoundingClientRect().bottom);
        summary.click();
      }
    } finally {
      screen.unmount();
      await page.viewport(414, 896);
    }
  }
});
