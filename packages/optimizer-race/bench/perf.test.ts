import { openSection } from '@dlviz/build-config/open-section';
import { optimizerPresets, type OptimizerProblemJson } from '@dlviz/core';
import { frame, median, redrawTime, report } from '@dlviz/build-config/bench';
import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import OptimizerRace from '../src/OptimizerRace.svelte';

const RUNS = 7;

const race: OptimizerProblemJson = {
  ...optimizerPresets.find((p) => p.id === 'ellipse-race')!.problem,
  steps: 500,
};

test('contours on a 200×200 grid after an expression change', async () => {
  await page.viewport(1100, 1200);
  const screen = await render(OptimizerRace, { problem: race });
  // The surface settings start closed and load when opened.
  await openSection(screen.container, 'Surface, start and noise');
  const input = screen.container.querySelector<HTMLInputElement>('.expression input')!;
  const expressions = ['x^2 + 9*y^2 + sin(x)', '(1 - x)^2 + 10*(y - x^2)^2', 'abs(x) + 0.5*y^2 + x*y/4'];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(
      await redrawTime(() => {
        input.value = expressions[i % expressions.length]!;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    );
    expect(screen.container.querySelectorAll('.band').length).toBeGreaterThan(3);
  }
  report('contours 200×200 redrawn after an expression change (re-solve included)', median(times), 'ms', 30);
});

test('dragging the start re-solves and redraws', async () => {
  const screen = await render(OptimizerRace, { problem: race, initialStep: 250 });
  const svg = screen.container.querySelector<SVGSVGElement>('.plot svg.overlay')!;
  const handle = svg.querySelector('.start-handle')!;
  const box = handle.getBoundingClientRect();
  const pointer = (type: string, dx: number) =>
    new PointerEvent(type, {
      bubbles: true,
      pointerId: 1,
      pointerType: 'mouse',
      button: 0,
      buttons: 1,
      clientX: box.x + box.width / 2 + dx,
      clientY: box.y + box.height / 2 + dx / 2,
    });
  handle.dispatchEvent(pointer('pointerdown', 0));
  const before = screen.container.querySelector('.trajectory')!.getAttribute('d');
  const times: number[] = [];
  for (let i = 1; i <= RUNS * 2; i++)
    times.push(await redrawTime(() => svg.dispatchEvent(pointer('pointermove', 3 * i))));
  svg.dispatchEvent(pointer('pointerup', 3 * RUNS * 2));
  expect(screen.container.querySelector('.trajectory')!.getAttribute('d')).not.toBe(before);
  report('drag start: re-solve 6 optimizers × 500 updates and redraw', median(times), 'ms', 16);
});

test('the race of 6 optimizers × 500 updates animates smoothly', async () => {
  const screen = await render(OptimizerRace, { problem: race });
  await screen.getByRole('combobox', { name: 'Speed' }).selectOptions('60');
  const deltas: number[] = [];
  await userEvent.click(screen.getByRole('button', { name: 'Play' }));
  let last = await frame();
  const end = performance.now() + 3000;
  while (performance.now() < end) {
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
  expect(screen.container.querySelector('.narration')!.textContent).toMatch(/^After update \d+/);
  report(
    'race playback, 6 optimizers × 500 updates at 60 updates/s: median fps',
    1000 / median(deltas),
    'fps',
    55,
  );
  report('race playback: longest frame', Math.max(...deltas), 'ms', 50);
});
