import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import OptimizerRace from '../src/OptimizerRace.svelte';
import { levelLabelSpots } from '../src/level-label-spots.js';
import { overlap } from './page-boxes.js';
import { presetsByDimension } from './presets-by-dimension.js';

/** A horizontal trail through y, from x0 to x1, a point every 2 px. */
const across = (y: number, x0: number, x1: number): [number, number][] =>
  Array.from({ length: (x1 - x0) / 2 + 1 }, (_, i) => [x0 + 2 * i, y]);

describe('levelLabelSpots', () => {
  test('a label takes its first spot clear of the trails', () => {
    const placed = levelLabelSpots(
      [
        {
          text: '10',
          spots: [
            [100, 100],
            [200, 100],
          ],
        },
      ],
      [across(100, 80, 120)],
      [],
    );
    expect(placed).toEqual([{ x: 200, y: 100, label: '10' }]);
  });

  test('a step longer than the label is seen where it crosses it, not only at its ends', () => {
    const diagonal: [number, number][] = [
      [0, 0],
      [300, 300],
    ];
    const placed = levelLabelSpots(
      [
        {
          text: '5',
          spots: [
            [150, 150],
            [40, 200],
          ],
        },
      ],
      [diagonal],
      [],
    );
    expect(placed).toEqual([{ x: 40, y: 200, label: '5' }]);
  });

  test('labels never cover each other; on a trail everywhere, a label still takes a spot clear of labels', () => {
    const placed = levelLabelSpots(
      [
        { text: '1270', spots: [[100, 100]] },
        // Its first spot would write "106" over "1270"; all its spots are on the trail.
        {
          text: '106',
          spots: [
            [110, 100],
            [100, 60],
          ],
        },
        // Nowhere to go but over an earlier label: left out.
        { text: '15200', spots: [[105, 102]] },
      ],
      [across(60, 0, 300)],
      [],
    );
    expect(placed).toEqual([
      { x: 100, y: 100, label: '1270' },
      { x: 100, y: 60, label: '106' },
    ]);
  });

  test('labels keep off the boxes they are given (the start, the minima and their labels)', () => {
    const placed = levelLabelSpots(
      [
        {
          text: '0.737',
          spots: [
            [50, 50],
            [150, 50],
          ],
        },
      ],
      [],
      [[30, 30, 90, 70]],
    );
    expect(placed).toEqual([{ x: 150, y: 50, label: '0.737' }]);
  });
});

/** The 2-D presets, whose contour levels are labelled. */
const twoDimensional = presetsByDimension(false);

describe('the contour levels’ labels, as drawn', () => {
  afterEach(() => page.viewport(414, 896));

  test.each([414, 1100])(
    'at %i px none covers another, the start, a minimum or their labels, in any 2-D preset at its last update',
    async (width) => {
      await page.viewport(width, 900);
      expect(twoDimensional.length).toBeGreaterThan(5);
      const found: string[] = [];
      for (const { id, problem } of twoDimensional) {
        const screen = await render(OptimizerRace, { problem, initialStep: problem.steps });
        const boxes = (selector: string) =>
          [...screen.container.querySelectorAll(selector)].map(
            (e) => [e.textContent || selector, e.getBoundingClientRect()] as const,
          );
        const levels = boxes('.level');
        // The start, the minima and their labels; the arrows' labels move with every update.
        const others = boxes('.start-ring, .minimum .outline, .label').filter(([name]) =>
          /^(\.|start|min|saddle)/.test(name),
        );
        expect(levels.length, id).toBeGreaterThan(0);
        for (const [i, [text, box]] of levels.entries())
          for (const [name, other] of [...levels.slice(i + 1), ...others])
            if (overlap(box, other)) found.push(`${id}: ${text} × ${name}`);
        await screen.unmount();
      }
      expect(found).toEqual([]);
    },
  );
});
