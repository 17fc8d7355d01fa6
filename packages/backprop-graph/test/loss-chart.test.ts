import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import LossChart from '../src/LossChart.svelte';

test.each([
  [[0.5, 0.25, 0.125]],
  // An exploding network's losses: tick numbers such as 1.5×10²⁹⁵.
  [[1.3e295, 1.4e295, 1.45e295]],
])('every tick number of the loss chart is inside it: %j', async (losses) => {
  const screen = await render(LossChart, { losses });
  const ticks = [...screen.container.querySelectorAll<SVGTextElement>('text.tick')];
  expect(ticks.length).toBeGreaterThan(2);
  for (const tick of ticks) expect(tick.getBBox().x).toBeGreaterThanOrEqual(0);
});
