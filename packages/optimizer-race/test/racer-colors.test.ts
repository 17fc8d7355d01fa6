import { backgroundOf, contrast, rgb } from '@dlviz/build-config/contrast';
import { optimizerPresets } from '@dlviz/core';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import OptimizerRace from '../src/OptimizerRace.svelte';

const sixWay = optimizerPresets.find((p) => p.id === 'ellipse-race')!.problem;

test.each(['light', 'dark'] as const)(
  '%s: six racers in six colors, each at 3:1 or more against the page',
  async (theme) => {
    const screen = await render(OptimizerRace, { problem: sixWay, theme, initialStep: 50 });
    const root = screen.container;
    const page = backgroundOf(root.querySelector('.race')!);
    // On the surface, each trajectory is drawn over a halo of the page's color.
    const trajectories = [...root.querySelectorAll('.trajectory')];
    expect(getComputedStyle(root.querySelector('.halo')!).stroke).toBe(`rgb(${page.join(', ')})`);
    const lines = [...root.querySelectorAll('.line')];
    expect(trajectories).toHaveLength(6);
    expect(lines).toHaveLength(6);
    const colors = trajectories.map((t) => getComputedStyle(t).stroke);
    expect(new Set(colors).size).toBe(6);
    // The loss chart draws each racer in the same color, on the page.
    expect(lines.map((l) => getComputedStyle(l).stroke)).toEqual(colors);
    for (const color of colors) expect(contrast(rgb(color), page), color).toBeGreaterThanOrEqual(3);
  },
);
