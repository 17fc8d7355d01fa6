import { backpropPresets } from '@dlviz/core';
import { test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import BackpropGraph from '../src/BackpropGraph.svelte';

const duke = backpropPresets[0]!.problem;

test('screenshots', async () => {
  for (const [name, width, theme, step, view] of [
    ['light-forward', 900, 'light', 3, 'neurons'],
    ['dark-backward', 900, 'dark', 16, 'neurons'],
    ['phone', 320, 'light', 20, 'neurons'],
  ] as const) {
    await page.viewport(width, 1400);
    const screen = await render(BackpropGraph, { problem: duke, initialStep: step, theme });
    if (name === 'dark-backward') {
      (screen.container.querySelector('[data-edge="w:0:1:0"] .hit') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    void view;
    await new Promise((r) => setTimeout(r, 200));
    await page.screenshot({ path: `../.shots/${name}.png`, element: screen.container as HTMLElement });
    screen.unmount();
  }
});
