import { optimizerPresets } from '@dlviz/core';
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { xTicks } from '../src/axis-layout.js';
import OptimizerRace from '../src/OptimizerRace.svelte';
import { sgdRace } from './sgd-race.js';

const diverging = optimizerPresets.find((p) => p.id === 'sgd-diverges')!.problem;
/** Losses in the tens of thousands over 20 000 updates: five-digit numbers on both axes. */
const large = sgdRace('1000 * (x^2 + 10 * y^2)', [3, 2], 20_000, 0.00001);

let host: HTMLElement | undefined;
afterEach(() => host?.remove());

/** The boxes of a chart's axis texts (tick numbers and names), the chart's own and its plot's. */
function axisBoxes(svg: SVGSVGElement) {
  const texts = [...svg.querySelectorAll<SVGTextElement>('.axis text')].map((t) => ({
    text: t.textContent!,
    box: t.getBoundingClientRect(),
  }));
  return {
    texts,
    chart: svg.getBoundingClientRect(),
    plot: svg.querySelector('.axis rect')!.getBoundingClientRect(),
  };
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('chart axes', () => {
  test.each([
    ['the diverging preset', diverging],
    ['five-digit losses and updates', large],
  ])('no axis text overlaps another, the plot or the chart’s edge, at any width: %s', async (_, problem) => {
    for (const width of [250, 280, 320, 360, 420, 500, 600, 760, 1100]) {
      host = document.createElement('div');
      host.style.width = `${width}px`;
      document.body.append(host);
      const screen = await render(OptimizerRace, { props: { problem, initialStep: 100_000 }, target: host });
      for (const svg of screen.container.querySelectorAll<SVGSVGElement>('.loss svg, svg.overlay')) {
        const { texts, chart, plot } = axisBoxes(svg);
        const where = `${svg.closest('.loss') ? 'loss chart' : 'plot'} in ${width} px`;
        expect(texts.length, where).toBeGreaterThan(6);
        for (const [i, a] of texts.entries()) {
          expect(a.box.left, `${a.text}, ${where}`).toBeGreaterThanOrEqual(chart.left - 0.5);
          expect(a.box.right, `${a.text}, ${where}`).toBeLessThanOrEqual(chart.right + 0.5);
          expect(a.box.top, `${a.text}, ${where}`).toBeGreaterThanOrEqual(chart.top - 0.5);
          expect(a.box.bottom, `${a.text}, ${where}`).toBeLessThanOrEqual(chart.bottom + 0.5);
          expect(overlap(a.box, plot), `${a.text} on the plot, ${where}`).toBe(false);
          for (const b of texts.slice(i + 1))
            expect(overlap(a.box, b.box), `${a.text} and ${b.text}, ${where}`).toBe(false);
        }
      }
      await screen.unmount();
      host.remove();
    }
  });

  test('x tick numbers move inward to fit, and thin out when they would touch', () => {
    const place = (v: number) => 20 + v / 100;
    const ticks = xTicks([0, 5000, 10000], place, String, 130);
    // "10000" (at most 34 px wide) is centred 17 px in from the right edge, not cut in half.
    expect(ticks.map((t) => t.at)).toEqual([20, 70, 120]);
    expect(ticks.map((t) => t.x)).toEqual([20, 70, 130 - (5 * 0.64 * 10.5) / 2]);
    // Eleven five-digit numbers in 100 px cannot all be written: every other one goes, as often as needed.
    const crowded = xTicks(
      [...Array(11).keys()].map((i) => i * 1000 + 10000),
      (v) => (v - 10000) / 100,
      String,
      100,
    );
    expect(crowded.map((t) => t.value)).toEqual([10000, 18000]);
  });
});
