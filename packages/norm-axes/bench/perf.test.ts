import { normPresets, randomNormInput, type NormProblemJson } from '@dlviz/core';
import { tick } from 'svelte';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';

/** The figures, measured in the browser and printed as BENCH lines for the root runner. */
const largest: NormProblemJson = {
  widget: 'norm',
  input: randomNormInput({ layout: 'NCHW', shape: [8, 16, 8, 8], seed: 3 }),
  type: 'batch',
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The redraw's cost: the change, Svelte's update of the DOM, then the style and layout the browser
 * must do before it can paint. Waiting for the next animation frame instead would add the wait for
 * the display's next refresh, up to 16.7 ms of idle time at 60 Hz, so even a change that does
 * nothing would read about 16 ms. Each change starts at a fresh frame, after the last one painted.
 */
async function timed(change: () => void | Promise<void>): Promise<number> {
  await frame();
  const start = performance.now();
  await change();
  await tick();
  void document.body.offsetHeight;
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function report(name: string, value: number, target: number) {
  console.log(`BENCH ${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit: 'ms', target })}`);
}

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
    switches.push(await timed(() => button.click()));
  }
  report('type switch redraw, 8×16×8×8 input', median(switches), 16);

  const hovers: number[] = [];
  for (const i of [5, 700, 1500, 4000, 6000, 8000, 123]) {
    const cell = screen.container.querySelector(`.cells rect[data-i="${i}"]`)!;
    hovers.push(
      await timed(() => void cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))),
    );
  }
  report('cell hover redraw, 8×16×8×8 input', median(hovers), 16);

  const steps: number[] = [];
  const root = screen.container.querySelector<HTMLElement>('.dlviz-root')!;
  // The key goes straight to the frame's listener: a keystroke sent through Playwright would add the
  // round trip to the test runner to every sample.
  const narration = () => screen.container.querySelector('.narration')!.textContent;
  for (let k = 0; k < 7; k++) {
    const before = narration();
    steps.push(
      await timed(
        () => void root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })),
      ),
    );
    expect(narration()).not.toBe(before);
  }
  report('step redraw, 8×16×8×8 input', median(steps), 16);
});

test('mounting the exam preset', async () => {
  const mounts: number[] = [];
  for (let k = 0; k < 5; k++) {
    let screen: Awaited<ReturnType<typeof render>> | undefined;
    mounts.push(
      await timed(async () => void (screen = await render(NormAxes, { problem: normPresets[0]!.problem }))),
    );
    screen?.unmount();
  }
  report('mount, exam preset 5×4', median(mounts), 100);
});
