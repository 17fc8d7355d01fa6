import { backpropPresets } from '@dlviz/core';
import { viewToSvg } from '@dlviz/ui';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import BackpropGraph from '../src/BackpropGraph.svelte';

const duke = backpropPresets.find((p) => p.id === 'duke-q9-leaky-mlp')!.problem;

/** The texts an exported picture of the drawing area writes, outside its drawings. */
async function pictured(container: HTMLElement): Promise<string> {
  const svg = viewToSvg(container.querySelector('.drawing')!);
  const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
  return [...doc.querySelectorAll(':root > g > text')].map((t) => t.textContent).join(' | ');
}

test('a picture leaves out the buttons that act and the panels that only say how to use them', async () => {
  const screen = await render(BackpropGraph, { problem: duke, theme: 'light' });
  const page = await pictured(screen.container);
  for (const control of [
    'Apply update',
    'Train 100 steps',
    'Steps',
    'Training',
    'Chain rule',
    'choose a weight',
    // What the widget will do later: the gradient sizes are plotted once the backward pass is there.
    'gradient size',
  ])
    expect(page).not.toContain(control);
});

test('once there is something to show, the chain rule and the training result are pictured', async () => {
  const screen = await render(BackpropGraph, { problem: duke, theme: 'light' });
  await screen.getByRole('combobox', { name: /^for/ }).selectOptions('W[0][1][0]');
  await screen.getByRole('button', { name: 'Train 100 steps' }).click();
  await expect.element(screen.getByRole('img', { name: /^Loss from/ })).toBeVisible();
  const page = await pictured(screen.container);
  expect(page).toContain('Chain rule');
  expect(page).toContain('Training');
  expect(page).not.toContain('Train 100 steps');
  expect(page).not.toContain('Apply update');
});
