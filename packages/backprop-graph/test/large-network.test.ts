import type { BackpropProblem } from '@dlviz/core';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import BackpropGraph from '../src/BackpropGraph.svelte';
import { narration } from './helpers.js';

/** A network of `n` inputs and two layers of `n` units: 2n² + 2n parameters. */
function square(n: number): BackpropProblem {
  const layer = () => ({
    weights: Array.from({ length: n }, (_, r) =>
      Array.from({ length: n }, (_, c) => ((r * 7 + c * 3) % 11) / 50 - 0.1),
    ),
    bias: Array(n).fill(0.1),
    activation: { type: 'relu' as const },
  });
  return {
    widget: 'backprop',
    input: Array.from({ length: n }, (_, i) => (i % 5) / 5),
    target: Array(n).fill(0.5),
    layers: [layer(), layer()],
    loss: { type: 'mse', reduction: 'mean' },
    learningRate: 0.1,
  } as BackpropProblem;
}

test('a network the core solves but the page cannot draw is stepped through without its diagram', async () => {
  // 180,600 parameters: under the core's limit, tens of thousands of edges and cells to draw.
  const screen = await render(BackpropGraph, { problem: square(300) });
  await expect
    .element(screen.getByRole('note'))
    .toHaveTextContent(
      /^This 300-300-300 network has 300 inputs: the diagram, grids and chain rule are drawn for up to 8 layers of 16 units\./,
    );
  expect(screen.container.querySelector('svg[data-view]')).toBeNull();
  expect(screen.container.querySelectorAll('[role="grid"]')).toHaveLength(0);
  expect(screen.getByRole('combobox', { name: /^for/ }).query()).toBeNull();
  // Nor views to switch between.
  expect(screen.getByRole('button', { name: 'Graph' }).query()).toBeNull();
  // Its steps still narrate, and training is still offered.
  const first = narration(screen.container);
  await screen.getByRole('button', { name: /next step/i }).click();
  expect(narration(screen.container)).not.toBe(first);
  await expect.element(screen.getByRole('button', { name: 'Train 100 steps' })).toBeVisible();
});

test('one unit past the limit is enough to leave the drawing out; at the limit it is drawn', async () => {
  const over = await render(BackpropGraph, { problem: square(17) });
  await expect.element(over.getByRole('note')).toHaveTextContent(/^This 17-17-17 network has 17 inputs:/);
  over.unmount();
  const at = await render(BackpropGraph, { problem: square(16) });
  expect(at.container.querySelector('svg[data-view]')).not.toBeNull();
});
