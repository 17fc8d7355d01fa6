import { openSection } from '@dlviz/build-config/open-section';
import { normPresets } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { groupNchw } from './fixtures.js';

const preset = (id: string) => normPresets.find((p) => p.id === id)!.problem;

function distributions(container: HTMLElement) {
  const svg = container.querySelector<SVGSVGElement>('.distributions svg')!;
  const [input, output] = [...svg.querySelectorAll('.title')].map((t) => t.getBoundingClientRect());
  // The drawing's text is 11 units tall; scaled to fit its box, it is this many pixels.
  const fontPx = (11 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
  return { svg, input: input!, output: output!, fontPx };
}

describe('the before and after distributions', () => {
  test.each([320, 375])('at %i px the panels stack, and their text stays at least 10 px', async (width) => {
    await page.viewport(width, 900);
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    await expect
      .poll(() => distributions(screen.container).output.top)
      .toBeGreaterThan(distributions(screen.container).input.bottom);
    const { svg, fontPx } = distributions(screen.container);
    expect(fontPx).toBeGreaterThanOrEqual(10);
    expect(svg.getBoundingClientRect().right).toBeLessThanOrEqual(width);
    // Each panel names its rows.
    expect(svg.querySelectorAll('.label')).toHaveLength(8);
  });

  test('on a wide screen they sit side by side at full size', async () => {
    await page.viewport(1280, 900);
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    const { input, output, fontPx } = distributions(screen.container);
    expect(output.top).toBe(input.top);
    expect(output.left).toBeGreaterThan(input.right);
    expect(fontPx).toBe(11);
  });

  test("a normalized channel's mean reads 0, not float64 noise", async () => {
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    const stats = [...screen.container.querySelectorAll('.distributions .stats')].map((t) => t.textContent);
    expect(stats.slice(4)).toEqual(['μ 0 σ 1', 'μ 0 σ 1', 'μ 0 σ 1', 'μ 0 σ 1']);
    expect(screen.container.querySelector('.distributions svg')!.getAttribute('aria-label')).not.toMatch(
      /e-1\d/,
    );
  });
});

describe('the selected cell', () => {
  test.each([
    [375, 'exam-batch-fc'],
    [1280, 'exam-batch-fc'],
    [375, groupNchw],
    [1280, groupNchw],
  ] as const)('at %i px the formula wraps, so every part of it is in view (%s)', async (width, problem) => {
    await page.viewport(width, 900);
    const screen = await render(NormAxes, {
      problem: typeof problem === 'string' ? preset(problem) : problem,
    });
    const region = screen.getByRole('region', { name: 'Formula for the selected cell' }).element();
    const formulas = [...region.querySelectorAll('math')];
    // x̂ and y, each with its result apart.
    expect(formulas.map((f) => f.textContent![0])).toEqual(['x', '=', 'y', '=']);
    for (const formula of formulas)
      expect(formula.getBoundingClientRect().right).toBeLessThanOrEqual(region.getBoundingClientRect().right);
  });
});

/** Opens the batch experiments, closed at first, and waits for their code. */
async function openLab(screen: Awaited<ReturnType<typeof render>>): Promise<HTMLElement> {
  return openSection(screen.container, 'Batch size, and train versus eval');
}

describe('the batch experiments', () => {
  test('start closed, and load when opened', async () => {
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    expect(screen.container.querySelector('.lab details')!.hasAttribute('open')).toBe(false);
    expect(screen.container.querySelector('.lab table')).toBeNull();
    await openLab(screen);
  });

  test('a batch of one example on N×C makes every batch-norm output β, and layer norm does not care', async () => {
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    const lab = await openLab(screen);
    await screen.getByRole('slider', { name: /^Normalize only the first/ }).fill('1');
    await expect.element(screen.getByText(/^Normalize only the first/)).toHaveTextContent('first 1 of 5');
    expect(lab.textContent).toContain('every batch-norm output equals β');
    expect(lab.textContent).toMatch(/under layer norm \(unchanged: it never looks at other examples\)/);
    await expect
      .element(screen.getByRole('table', { name: /^Batch mean/ }))
      .toHaveTextContent(/first 1 example against all 5/);
  });

  test('a momentum of 0 keeps the running statistics where they start', async () => {
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    await openLab(screen);
    await screen.getByRole('textbox', { name: 'momentum' }).fill('0');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(screen.getByRole('table', { name: /^Running statistics batch by batch/ }))
      .toHaveTextContent(/0 → 0 → 0 → 0 → 0/);
  });
});

describe('a batch of one', () => {
  test('says why the running statistics stay at 0 and 1, and no longer that they move', async () => {
    const screen = await render(NormAxes, { problem: preset('single-example-batch') });
    const lab = (await openLab(screen)).textContent!;
    expect(lab).toContain(
      'they start at μ̂ = 0, σ̂² = 1 and stay there, as each batch has one value per channel: the unbiased variance is undefined; PyTorch refuses to train batch norm on it.',
    );
    expect(lab).not.toContain('move by the momentum');
    // The table agrees: channel 0's running mean never leaves 0.
    await expect
      .element(screen.getByRole('table', { name: /^Running statistics batch by batch/ }))
      .toHaveTextContent(/0 → 0 → 0 → 0 → 0/);
    // No smaller batch to compare with: no slider, no table of n = 1 against n = 1.
    expect(lab).toContain('The batch holds one example, so there is no smaller batch to compare it with.');
    expect(screen.getByRole('table', { name: /^Batch mean/ }).query()).toBeNull();
  });

  test('a batch of two moves them by the momentum, as before', async () => {
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    expect((await openLab(screen)).textContent).toContain(
      "move by the momentum towards each batch's mean and unbiased variance",
    );
  });
});

describe('the tensor block', () => {
  test('scales with the theme cell size (--dlviz-cell-size), the editor still over its cell', async () => {
    const host = document.createElement('div');
    host.style.setProperty('--dlviz-cell-size', '48px');
    document.body.append(host);
    const screen = await render(NormAxes, { props: { problem: preset('exam-batch-fc') }, target: host });
    const block = screen.container.querySelector('.cells-layer')!;
    expect(block.getBoundingClientRect().width).toBeCloseTo(
      (Number(block.getAttribute('width')) * 48) / 36,
      1,
    );
    const cell = screen.container.querySelector('.cells rect[data-i="5"]')!;
    await userEvent.dblClick(cell);
    const [box, field] = [cell, screen.getByRole('textbox', { name: /^Edit/ }).element()].map((e) =>
      e.getBoundingClientRect(),
    );
    expect(Math.abs((box!.left + box!.right) / 2 - (field!.left + field!.right) / 2)).toBeLessThan(2);
    await userEvent.keyboard('{Escape}');
    await userEvent.hover(document.body, { position: { x: 0, y: 0 } });
    host.remove();
  });
  test('too wide for a phone, it scrolls at its size, its labels readable, following the group of the step', async () => {
    await page.viewport(375, 900);
    const screen = await render(NormAxes, { problem: preset('largest-nchw') });
    const scroller = screen.container.querySelector<HTMLElement>('.scroller')!;
    const block = scroller.querySelector('.cells-layer')!;
    // Drawn at the size it was laid out at (its labels at their 9 px), not shrunk into the phone.
    expect(block.getBoundingClientRect().width).toBeCloseTo(Number(block.getAttribute('width')), 1);
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    // More lies to the right: the edge there fades.
    await expect.poll(() => scroller.style.maskImage).toMatch(/(transparent|rgba\(0, 0, 0, 0\))\)$/);
    // Step 10 works on example 0's group 3, channels 12 to 15 at the far right: scrolled into view.
    screen.container.querySelector<HTMLElement>('.dlviz-root')!.focus();
    for (let i = 0; i < 9; i++) await userEvent.keyboard('{ArrowRight}');
    await expect.element(screen.getByText(/Group 4 of 32/)).toBeVisible();
    /** Whether the group shows within the block, once the block is on screen (one off screen waits). */
    const inView = () => {
      scroller.scrollIntoView({ block: 'nearest' });
      const group = scroller.querySelector('.current')!.getBoundingClientRect();
      const room = scroller.getBoundingClientRect();
      // Group 4 ends where the block does, so scrolled all the way its outline meets the edge:
      // a pixel's leeway for the subpixel widths the box's integer scroll range rounds.
      return group.left >= room.left && group.right <= room.right + 1;
    };
    await expect.poll(inView).toBe(true);
  });

  test('where it fits, it does not scroll', async () => {
    await page.viewport(375, 900);
    const screen = await render(NormAxes, { problem: preset('exam-batch-fc') });
    const scroller = screen.container.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.classList.contains('wide')).toBe(false);
    expect(getComputedStyle(scroller).overflowX).toBe('visible');
  });
});
