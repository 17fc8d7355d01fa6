import { backgroundOf, contrast, rgb, type Rgb } from '@dlviz/build-config/contrast';
import { normPresets } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';

/** `top` painted at `opacity` over `under`. */
const over = (top: Rgb, opacity: number, under: Rgb): Rgb =>
  top.map((v, k) => opacity * v + (1 - opacity) * under[k]!) as Rgb;

const inside = (x: number, y: number, box: DOMRect) =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

describe('the veiled groups', () => {
  test.each(['light', 'dark'] as const)(
    '%s: every veiled value reads at 4.5:1 or more against its veiled fill',
    async (theme) => {
      const screen = await render(NormAxes, { problem: normPresets[0]!.problem, theme });
      const root = screen.container;
      const veil = root.querySelector<SVGPathElement>('.groups .veil')!;
      const current = root.querySelector<SVGRectElement>('.groups .current')!.getBBox();
      const texts = [...root.querySelectorAll<SVGTextElement>('.values text')];
      expect(texts).toHaveLength(root.querySelectorAll('.cells rect').length);
      // The numbers are painted after the veil, in its drawing: it never covers them.
      expect(texts[0]!.ownerSVGElement).toBe(veil.ownerSVGElement);
      expect(veil.compareDocumentPosition(texts[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      const veilStyle = getComputedStyle(veil);
      const ground = backgroundOf(veil.ownerSVGElement!);
      let veiled = 0;
      texts.forEach((text, i) => {
        const cell = root.querySelector<SVGRectElement>(`.cells rect[data-i="${i}"]`)!;
        const x = Number(text.getAttribute('x'));
        const y = Number(text.getAttribute('y'));
        if (inside(x, y, current)) return;
        veiled++;
        const cellStyle = getComputedStyle(cell);
        const fill = over(
          rgb(veilStyle.fill),
          Number(veilStyle.fillOpacity),
          over(rgb(cellStyle.fill), Number(cellStyle.fillOpacity), ground),
        );
        const textStyle = getComputedStyle(text);
        expect(Number(textStyle.opacity) * Number(textStyle.fillOpacity)).toBe(1);
        expect(contrast(rgb(textStyle.fill), fill), `x[${i}] = ${text.textContent}`).toBeGreaterThanOrEqual(
          4.5,
        );
      });
      // Batch norm on 5 × 4: the three other features' 15 values are veiled.
      expect(veiled).toBe(15);
      // Still set apart: the veil pales the fill and outlines the groups dashed.
      expect(Number(veilStyle.fillOpacity)).toBeGreaterThan(0.3);
      expect(veilStyle.strokeDasharray).not.toBe('none');
    },
  );
});
