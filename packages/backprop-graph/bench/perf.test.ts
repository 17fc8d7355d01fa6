import { initializedNetwork, type Activation, type BackpropProblem } from '@dlviz/core';
import { median, redrawTime, report } from '@dlviz/build-config/bench';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import BackpropGraph from '../src/BackpropGraph.svelte';

const RUNS = 7;

/** Six layers of eight units (8 inputs), LeakyReLU(0.1), Xavier weights: the large case. */
const relu: Activation = { type: 'leakyRelu', alpha: 0.1 };
const layers = initializedNetwork(new Array<number>(7).fill(8), new Array<Activation>(6).fill(relu), {
  type: 'xavier',
  seed: 3,
});
const problem: BackpropProblem = {
  widget: 'backprop',
  input: [1, -1, 0.5, 0.25, -0.5, 2, 0, 1],
  target: [0, 1, 0, 1, 0, 1, 0, 1],
  layers,
  loss: { type: 'mse', reduction: 'mean' },
  learningRate: 0.01,
};

test('step redraw and training of a 6-layer, 8-unit network', async () => {
  await page.viewport(1280, 900);
  const screen = await render(BackpropGraph, { problem });
  const next = screen.getByRole('button', { name: 'Next step' }).element() as HTMLButtonElement;
  const steps: number[] = [];
  for (let i = 0; i < RUNS; i++) steps.push(await redrawTime(() => next.click()));
  report('step redraw, 6 layers × 8 units', median(steps), 'ms', 16);
  // The computational graph draws three operations per unit: the most the drawing has to redraw.
  await screen.getByRole('button', { name: 'Graph' }).click();
  const graphSteps: number[] = [];
  for (let i = 0; i < RUNS; i++) graphSteps.push(await redrawTime(() => next.click()));
  report('step redraw in the graph view, 6 layers × 8 units', median(graphSteps), 'ms', 16);

  const field = screen.getByRole('textbox', { name: 'Training steps' }).element() as HTMLInputElement;
  expect(field.value).toBe('100');
  const trainButton = screen.getByRole('button', { name: 'Train 100 steps' }).element() as HTMLButtonElement;
  // The first run loads the training code and the loss chart; the figure is for runs after that.
  trainButton.click();
  await expect.element(screen.getByRole('img', { name: /^Loss from/ })).toBeVisible();
  const training: number[] = [];
  for (let i = 0; i < RUNS; i++) training.push(await redrawTime(() => trainButton.click()));
  report('100 training steps + redraw, 6 layers × 8 units', median(training), 'ms', 100);
  expect(screen.container.textContent).not.toContain('NaN');
});
