import { backpropPresets } from '@dlviz/core';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import BackpropGraph from '../src/BackpropGraph.svelte';

/** Whether a line, as wide as it is drawn, passes through the box (sampled every half pixel). */
function crosses(line: SVGLineElement, text: DOMRect, svg: SVGSVGElement): boolean {
  const toScreen = svg.getScreenCTM()!;
  const half = (Number(getComputedStyle(line).strokeWidth.replace('px', '')) / 2) * toScreen.a;
  const box = {
    left: text.left - half,
    right: text.right + half,
    top: text.top - half,
    bottom: text.bottom + half,
  };
  const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
  const steps = Math.ceil(Math.hypot(x2! - x1!, y2! - y1!) * 2);
  for (let i = 0; i <= steps; i++) {
    const p = new DOMPoint(x1! + ((x2! - x1!) * i) / steps, y1! + ((y2! - y1!) * i) / steps).matrixTransform(
      toScreen,
    );
    if (p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom) return true;
  }
  return false;
}

test.each([
  [768, 'duke-q9-leaky-mlp'],
  [375, 'duke-q9-leaky-mlp'],
  [1280, 'ucla-weighted-bce'],
])('at %i px the edges into the loss (%s) stay clear of the formula above it', async (width, id) => {
  await page.viewport(width, 900);
  const preset = backpropPresets.find((p) => p.id === id) ?? backpropPresets[0]!;
  // Step 7: the loss's first gradient, its edge banded as what the step reads.
  const screen = await render(BackpropGraph, { problem: preset.problem, initialStep: 6 });
  const svg = screen.container.querySelector<SVGSVGElement>('svg[data-view]')!;
  const formula = svg.querySelector('[data-node^="loss:"] text.above')!.getBoundingClientRect();
  const edges = [...svg.querySelectorAll<SVGLineElement>('[data-edge^="loss:"] line')];
  expect(edges.length).toBeGreaterThan(0);
  for (const line of edges) expect(crosses(line, formula, svg)).toBe(false);
});
