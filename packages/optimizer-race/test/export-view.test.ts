import { optimizerPresets } from '@dlviz/core';
import { viewToSvg } from '@dlviz/ui';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import OptimizerRace from '../src/OptimizerRace.svelte';

const problem = optimizerPresets.find((p) => p.id === 'sgd-diverges')!.problem;

describe('exported image', () => {
  test('labels keep their halo under the text, and the view’s controls stay out', async () => {
    const screen = await render(OptimizerRace, { problem, initialStep: 5000, theme: 'light' });
    const svg = viewToSvg(screen.container.querySelector('.drawing')!);
    const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
    // The drawings' labels: contour levels, "start", "min", where a run leaves the view.
    // (Axis numbers, drawn without a halo, match too, and are skipped below.)
    const labels = [...doc.querySelectorAll('svg svg text')].filter((t) =>
      /^(start|min|\d+|.* leaves the view at update \d+)$/.test(t.textContent!),
    );
    expect(labels.map((t) => t.textContent)).toEqual(
      expect.arrayContaining(['start', 'min', 'SGD (ε = 0.11) leaves the view at update 3']),
    );
    const haloed = labels
      .map((t) => t.getAttribute('style')!)
      .filter((style) => !/(^|;)stroke:none/.test(style));
    expect(haloed.length).toBeGreaterThan(3);
    // A halo stroke is painted first: without that the label is a blob of the halo's color.
    for (const style of haloed) expect(style).toMatch(/(^|;)paint-order:\s*stroke/);
    const page = [...doc.querySelectorAll(':root > g > text')].map((t) => t.textContent).join(' | ');
    expect(page).toContain('diverged at update 1937');
    for (const control of ['x from', 'y to', 'Log scale', 'Drag the start', 'Fit view'])
      expect(page).not.toContain(control);
    // Nor the fields' values: the view box's "-5 5 -3 3".
    expect(page).not.toMatch(/(^| \| )−?-?5( \| |$)/);
  });
});

test('the arrows’ key comes right under the plot: the view’s controls, left out of an image, leave no gap above it', async () => {
  const screen = await render(OptimizerRace, { problem, initialStep: 5, theme: 'light' });
  const plot = screen.container.querySelector('.plot svg')!.getBoundingClientRect();
  const key = screen.container.querySelector('.arrow-key')!.getBoundingClientRect();
  const controls = screen.container.querySelector('.view-controls')!.getBoundingClientRect();
  expect(key.top).toBeLessThan(controls.top);
  expect(key.top - plot.bottom).toBeLessThan(16);
});
