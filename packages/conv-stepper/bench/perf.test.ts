import { frame, median, redrawTime, report } from '@dlviz/build-config/bench';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ConvStepper from '../src/ConvStepper.svelte';

/*
 * The performance figures, measured in the browser: the median of several runs of one change,
 * from the change to the frame after Svelte has updated the DOM. Printed as BENCH lines for the root
 * runner; times are reported, not asserted.
 */

const RUNS = 9;

/** 8×16×16 input and 8 filters of 3×3 with "same" padding: the largest layer the widget draws. */
const values = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => ((i * 7 + seed * 13) % 9) - 4);
const problem = {
  widget: 'conv' as const,
  input: Array.from({ length: 8 }, (_, c) => Array.from({ length: 16 }, (_, r) => values(16, c * 16 + r))),
  kernels: Array.from({ length: 8 }, (_, f) =>
    Array.from({ length: 8 }, (_, c) => Array.from({ length: 3 }, (_, r) => values(3, f * 24 + c * 3 + r))),
  ),
  padding: 1,
  activation: { type: 'relu' },
  pool: { type: 'max' as const, size: 2 },
};

/** The median redraw time of RUNS changes; `change(run)` makes the run-th one. */
async function measure(change: (run: number) => void): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await redrawTime(() => change(run)));
  return median(times);
}

/**
 * The slower of two changes that undo each other, each the median of RUNS: growing the maps
 * (creating cells) and shrinking them cost differently, and a median over both in turn would
 * report whichever happened to fall in the middle.
 */
async function slowerOfBoth(to: (value: number) => void, values: readonly [number, number]) {
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < 2 * RUNS; run++) times[run % 2]!.push(await redrawTime(() => to(values[run % 2]!)));
  return Math.max(...times.map(median));
}

// Forty-five timed redraws of the largest layer outlast vitest's 15 s default on a busy machine.
test('step redraw and hyperparameter change at the largest drawn layer', { timeout: 120_000 }, async () => {
  const screen = await render(ConvStepper, { problem, initialStep: 40 });
  const buttons = [...screen.container.querySelectorAll<HTMLButtonElement>('.controls button')];
  const forward = buttons.find((b) => b.textContent?.includes('Next step'))!;
  const back = buttons.find((b) => b.textContent?.includes('Previous step'))!;
  await frame();
  const step = await measure((run) => (run % 2 === 0 ? forward : back).click());
  report('step redraw, 8×16×16 input, 8 filters', step, 'ms', 16);

  // The settings panel's code is fetched when the menu first opens.
  screen.container.querySelector<HTMLDetailsElement>('.settings-row details')!.open = true;
  await expect.element(screen.getByRole('spinbutton', { name: /^padding rows/ })).toBeVisible();
  const padding = screen.container.querySelector<HTMLInputElement>('input[aria-label^="padding rows"]')!;
  // Padding 0 and 1 in turn (it is 1): the output maps shrink and grow, the input's padding ring
  // goes and comes back, and every number in the maps changes.
  const paddingChanges = () =>
    slowerOfBoth(
      (value) => {
        padding.value = String(value);
        padding.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [0, 1],
    );
  report(
    'hyperparameter change (re-solve and redraw) at step 41, 8×16×16 input, 8 filters',
    await paddingChanges(),
    'ms',
    50,
  );

  // At the last step every output, activation and pooled cell shows its number, so a change of
  // padding redraws all of them: the most a hyperparameter change costs at this layer.
  buttons.find((b) => b.textContent?.includes('Last step'))!.click();
  await frame();
  report(
    'hyperparameter change at the last step (every cell computed), 8×16×16 input, 8 filters',
    await paddingChanges(),
    'ms',
    50,
  );
  expect(screen.container.textContent).not.toContain('NaN');
});
