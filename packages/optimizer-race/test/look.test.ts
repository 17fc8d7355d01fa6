import { optimizerPresets } from '@dlviz/core';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import OptimizerRace from '../src/OptimizerRace.svelte';

test('screenshot', async () => {
  const which = (import.meta.env.VITE_SHOT ?? 'ellipse-race') as string;
  const theme = (import.meta.env.VITE_THEME ?? 'light') as 'light' | 'dark';
  const width = Number(import.meta.env.VITE_WIDTH ?? 1000);
  await page.viewport(width, 1400);
  const problem = optimizerPresets.find((p) => p.id === which)!.problem;
  const screen = await render(OptimizerRace, { problem, theme, initialStep: 30 });
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: `shots/race-${which}-${theme}-${width}.png`, element: screen.container.querySelector('.dlviz-root')! });
  expect(screen.container.textContent).not.toContain('NaN');
});
