import { normPresets, randomNormInput, type NormProblemJson } from '@dlviz/core';
import { median, redrawTime, report } from '@dlviz/build-config/bench';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';

/** The figures, measured in the browser and printed as BENCH lines for the root runner. */
const largest: NormProblemJson = {
  widget: 'norm',
  input: randomNormInput({ layout: 'NCHW', shape: [8, 16, 8, 8], seed: 3 }),
  type: 'batch',
};

test('switching type and hovering a cell at N = 8, C = 16, H = W = 8', async () => {
  const screen = await render(NormAxes, { problem: largest });
  expect(screen.container.querySelectorAll('.cells rect')).toHaveLength(8192);
  const types = ['layer', 'instance', 'group', 'rms', 'batch', 'layer', 'group', 'batch'];
  const switches: number[] = [];
  for (const type of types) {
    const button = [...screen.container.querySelectorAll<HTMLButtonElement>('.gallery .tile')].find((b) =>
      b.textContent
        ?.trim()
        .toLowerCase()
        .startsWith(type === 'rms' ? 'rms' : type),
    )!;
    switches.push(await redrawTime(() => button.click()));
  }
  report('type switch redraw, 8×16×8×8 input', median(switches), 'ms', 16);

  const hovers: number[] = [];
  for (const i of [5, 700, 1500, 4000, 6000, 8000, 123]) {
    const cell = screen.container.querySelector(`.cells rect[data-i="${i}"]`)!;
    hovers.push(
      await redrawTime(() => void cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))),
    );
  }
  report('cell hover redraw, 8×16×8×8 input', median(hovers), 'ms', 16);

  const steps: number[] = [];
  const root = screen.container.querySelector<HTMLElement>('.dlviz-root')!;
  // The key goes straight to the frame's listener: a keystroke sent through Playwright would add the
  // round trip to the test runner to every sample.
  const narration = () => screen.container.querySelector('.narration')!.textContent;
  for (let k = 0; k < 7; k++) {
    const before = narration();
    steps.push(
      await redrawTime(
        () => void root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })),
      ),
    );
    expect(narration()).not.toBe(before);
  }
  report('step redraw, 8×16×8×8 input', median(steps), 'ms', 16);
});

test('mounting the exam preset', async () => {
  const mounts: number[] = [];
  for (let k = 0; k < 5; k++) {
    let screen: Awaited<ReturnType<typeof render>> | undefined;
    mounts.push(
      await redrawTime(
        async () => void (screen = await render(NormAxes, { problem: normPresets[0]!.problem })),
      ),
    );
    screen?.unmount();
  }
  report('mount, exam preset 5×4', median(mounts), 'ms', 100);
});
