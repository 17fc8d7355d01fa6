import { copiedLink } from '@dlviz/build-config/copied-link';
import { openSection } from '@dlviz/build-config/open-section';
import { optimizerPresets, type OptimizerProblemJson } from '@dlviz/core';
import axe from 'axe-core';
import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import OptimizerRace from '../src/OptimizerRace.svelte';
import { zoomed } from '../src/view-box.js';
import { sgdRace } from './sgd-race.js';
import ViewHost from '@dlviz/build-config/view-host';

const ellipse = optimizerPresets.find((p) => p.id === 'ellipse-race')!.problem;
const small: OptimizerProblemJson = {
  widget: 'optimizer',
  surface: { preset: 'bowl' },
  start: [2, 1],
  steps: 5,
  optimizers: [
    { type: 'sgd', lr: 0.25 },
    { type: 'momentum', lr: 0.1, momentum: 0.5 },
  ],
};

const narration = (root: Element) => root.querySelector('.narration')!.textContent;
const noNaN = (root: Element) => expect(root.innerHTML).not.toMatch(/NaN|Infinity/);

async function axeViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Dispatches a primary pointer's events `dx` px right of the middle of `from` (where a drag begins),
 * to the element `target`.
 */
function pointerFrom(from: Element) {
  const box = from.getBoundingClientRect();
  return (type: string, target: Element, dx: number) =>
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        button: 0,
        pointerId: 1,
        isPrimary: true,
        clientX: box.left + box.width / 2 + dx,
        clientY: box.top + box.height / 2,
      }),
    );
}

describe('OptimizerRace', () => {
  test('draws the contours, one trajectory per optimizer and the legend', async () => {
    const screen = await render(OptimizerRace, { problem: ellipse, initialStep: 10 });
    const root = screen.container;
    expect(root.querySelectorAll('.band').length).toBeGreaterThan(5);
    expect(root.querySelectorAll('.level').length).toBeGreaterThan(1);
    expect(root.querySelectorAll('.trajectory')).toHaveLength(6);
    expect(root.querySelectorAll('.marker')).toHaveLength(6);
    expect(root.querySelectorAll('.loss .line')).toHaveLength(6);
    expect(root.querySelectorAll('.minimum')).toHaveLength(1);
    expect(root.querySelectorAll('.legend input[type=radio]')).toHaveLength(6);
    expect(narration(root)).toMatch(/^After update 10: SGD at \(/);
    noNaN(root);
  });

  test.each(optimizerPresets.map((p) => [p.id, p.problem] as const))(
    'preset %s renders',
    async (_, problem) => {
      const screen = await render(OptimizerRace, { problem, initialStep: 1_000_000 });
      const root = screen.container;
      const oneDimensional =
        'preset' in problem.surface && ['parabola', 'absolute'].includes(problem.surface.preset);
      expect(root.querySelectorAll('.trajectory')).toHaveLength(problem.optimizers.length);
      if (oneDimensional)
        expect(root.querySelector('.curve')!.getAttribute('d')!.length).toBeGreaterThan(100);
      else expect(root.querySelectorAll('.band').length).toBeGreaterThan(3);
      expect(root.querySelector('[role=alert]')).toBeNull();
      noNaN(root);
    },
  );

  test('a run that overflows is marked where it leaves the view; when it diverged is said in words', async () => {
    // SGD at lr 0.11 on x² + 10y²: y grows 1.2 times per update, out of the view (|y| ≤ 3) at
    // update 3, and overflows at update 1937, near 1e308.
    const problem = optimizerPresets.find((p) => p.id === 'sgd-diverges')!.problem;
    const screen = await render(OptimizerRace, { problem, initialStep: 5000 });
    const root = screen.container;
    const plot = root.querySelector('svg.overlay')!;
    const label = plot.querySelector('.diverged.leaves text')!;
    expect(label.textContent).toBe('SGD (ε = 0.11) leaves the view at update 3');
    // It lands on the contour labels of the valley's side: its halo is wide enough to hide them.
    const halo = (text: Element) => parseFloat(getComputedStyle(text).strokeWidth);
    expect(halo(label)).toBeGreaterThanOrEqual(2 * halo(root.querySelector('.level')!));
    // The plot never puts update 1937 where update 3 is: no ✕, no "diverged" on it.
    expect(plot.querySelector('.diverged:not(.leaves)')).toBeNull();
    expect(plot.textContent).not.toMatch(/diverged/);
    // The legend and the narration say it, each run called by a name of its own.
    const legend = [...root.querySelectorAll('.legend label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(legend).toEqual([
      'SGD (ε = 0.11) (circle) ✕ diverged at update 1937',
      expect.stringMatching(/^SGD \(ε = 0\.09\) \(square\) loss /),
    ]);
    expect(narration(root)).toMatch(
      /^After update 5000: SGD \(ε = 0\.11\) diverged at update 1937; SGD \(ε = 0\.09\) at /,
    );
    // The arrowhead sits on the plot's edge, the label beside it, both inside the drawing.
    const box = plot.querySelector('.diverged.leaves')!.getBoundingClientRect();
    const frame = plot.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.left).toBeGreaterThanOrEqual(frame.left);
    expect(box.right).toBeLessThanOrEqual(frame.right);
    expect(box.top).toBeGreaterThanOrEqual(frame.top);
    expect(box.bottom).toBeLessThanOrEqual(frame.bottom);
  });

  test('a run is marked leaving the view once it has left, before it diverges', async () => {
    const problem = optimizerPresets.find((p) => p.id === 'sgd-diverges')!.problem;
    const screen = await render(OptimizerRace, { problem, initialStep: 2 });
    expect(screen.container.querySelector('.diverged')).toBeNull();
    await screen.getByRole('button', { name: 'Next update' }).click();
    expect(screen.container.querySelector('.diverged.leaves text')!.textContent).toMatch(/at update 3$/);
    expect(screen.container.querySelector('.legend .diverged')).toBeNull();
  });

  test('on the loss chart a loss above the top climbs out of the chart rather than running flat along it', async () => {
    const problem = optimizerPresets.find((p) => p.id === 'sgd-diverges')!.problem;
    const screen = await render(OptimizerRace, { problem, initialStep: 5000 });
    const chart = screen.container.querySelector('.loss svg')!;
    const top = Number(chart.querySelector('.axis rect')!.getAttribute('y'));
    const line = chart.querySelector<SVGPathElement>('.line')!;
    const ys = [...line.getAttribute('d')!.matchAll(/[ML][^,]+,([^MLZ]+)/g)].map((m) => Number(m[1]));
    // Drawn above the top (cut there by the chart's clip), never pinned onto it.
    expect(Math.min(...ys)).toBeLessThan(top - 100);
    expect(ys.filter((y) => Math.abs(y - top) < 0.5).length).toBeLessThanOrEqual(1);
    expect(line.closest('[clip-path]')).not.toBeNull();
    // An arrowhead where it leaves, through the top, pointing up.
    const head = chart.querySelector('.leaves')!.getBoundingClientRect();
    const edge = chart.querySelector('.axis rect')!.getBoundingClientRect().top;
    expect(head.top).toBeCloseTo(edge, 0);
    expect(head.height).toBeGreaterThan(5);
  });

  test('on the loss chart runs that stay at their start are drawn under the frame, at a tick', async () => {
    // The plateau: SGD, momentum and Nesterov hardly leave a loss of 1 (0.999999).
    const problem = optimizerPresets.find((p) => p.id === 'plateau')!.problem;
    const screen = await render(OptimizerRace, { problem, initialStep: 150 });
    const chart = screen.container.querySelector('.loss svg')!;
    const top = Number(chart.querySelector('.axis rect')!.getAttribute('y'));
    const ticks = [...chart.querySelectorAll('.axis text[dy]')].map((t) => t.textContent);
    expect(ticks).toContain('1');
    const lines = [...chart.querySelectorAll<SVGPathElement>('.line')].slice(0, 3);
    for (const line of lines) {
      const ys = [...line.getAttribute('d')!.matchAll(/[ML][^,]+,([^MLZ]+)/g)].map((m) => Number(m[1]));
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(top + 5);
    }
  });

  test('on the loss chart a divergence is a labelled ✕ on the top edge, not a point at some loss', async () => {
    const problem = optimizerPresets.find((p) => p.id === 'sgd-diverges')!.problem;
    const screen = await render(OptimizerRace, { problem, initialStep: 5000 });
    const chart = screen.container.querySelector('.loss svg')!;
    const edge = chart.querySelector('.axis rect')!.getBoundingClientRect();
    const cross = chart.querySelector('.diverged')!.getBoundingClientRect();
    expect(cross.top).toBeLessThan(edge.top);
    expect(cross.bottom).toBeGreaterThan(edge.top);
    // Said in the row above the plot, clear of the y axis' name.
    const key = chart.querySelector('.diverged-key')!;
    expect(key.textContent).toBe('✕ diverged');
    const keyBox = key.getBoundingClientRect();
    expect(keyBox.bottom).toBeLessThanOrEqual(edge.top);
    expect(keyBox.left).toBeGreaterThan(
      chart.querySelector('.axis .name:last-of-type')!.getBoundingClientRect().right,
    );
    // At update 1937 of 5000, as the legend says.
    expect(cross.left + cross.width / 2).toBeCloseTo(edge.left + (1937 / 5000) * edge.width, 0);
  });

  test('the log scale is offered when some losses are exactly 0, which sit on the bottom edge, ticked 0', async () => {
    // The preset's lr 0.09 run lands on the minimum of the parabola: a loss of exactly 0.
    const problem = optimizerPresets.find((p) => p.id === 'sgd-diverges')!.problem;
    const screen = await render(OptimizerRace, { problem, initialStep: 5000 });
    const log = screen.getByRole('checkbox', { name: /Log scale/ });
    await expect.element(log).toBeEnabled();
    await log.click();
    await expect.element(log).toBeChecked();
    const chart = screen.container.querySelector('.loss svg')!;
    const ticks = [...chart.querySelectorAll('.axis g')].filter((g) => g.querySelector('text[dy]'));
    const zero = ticks.find((g) => g.textContent === '0')!;
    // The run passes through denormal losses (10⁻³²³) on its way to 0: the axis stops sixteen
    // decades under the start instead, so the losses that matter keep the height of the chart.
    const at = ticks
      .map((g) => Number(g.getAttribute('transform')!.match(/,([^)]+)\)/)![1]))
      .sort((a, b) => a - b);
    expect(at.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThan(10);
    expect(ticks.map((g) => g.textContent)).toContain('10⁻⁶');
    const rect = chart.querySelector('.axis rect')!;
    const bottom = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'));
    expect(Number(zero.getAttribute('transform')!.match(/,([^)]+)\)/)![1])).toBeCloseTo(bottom);
    noNaN(screen.container);
  });

  test('the log scale box is ticked only while the axis is logarithmic', async () => {
    // Losses below 0 have no log axis: a link's "log" waits, the box unticked and disabled.
    const screen = await render(OptimizerRace, {
      problem: sgdRace('x^2 + y^2 - 5', [1, 1], 10),
      view: 'log',
    });
    const log = screen.getByRole('checkbox', { name: /Log scale \(needs losses ≥ 0/ });
    await expect.element(log).not.toBeChecked();
    await expect.element(log).toBeDisabled();
  });

  test('a run whose gradient is undefined at the start is said to have stopped there, not diverged', async () => {
    const problem = sgdRace('sqrt(x^2+y^2)', [0, 0], 100);
    const screen = await render(OptimizerRace, { problem, initialStep: 100 });
    const root = screen.container;
    expect(narration(root)).toBe(
      'After update 100: SGD stopped at update 1: the gradient at (0, 0) is undefined.',
    );
    expect(root.querySelector('.legend')!.textContent).toContain('✕ gradient undefined at update 1');
    expect(root.querySelector('.loss .diverged-key')!.textContent).toBe('✕ gradient undefined');
    expect(root.textContent).not.toMatch(/diverged/);
    // The constant loss of 0 gets an axis of ±1, not ±1e-9.
    const ticks = [...root.querySelectorAll('.loss .axis text[dy]')].map((t) => t.textContent);
    expect(ticks).toContain('0');
    expect(ticks.join(' ')).not.toMatch(/e-/);
    noNaN(root);
  });

  test('the minimum is outlined, so it shows on the darkest contours in either theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const screen = await render(OptimizerRace, { problem: ellipse, theme });
      const [outline, plus] = [...screen.container.querySelectorAll('.minimum path')].map((p) =>
        getComputedStyle(p),
      );
      expect(outline!.stroke).not.toBe(plus!.stroke);
      expect(parseFloat(outline!.strokeWidth)).toBeGreaterThan(parseFloat(plus!.strokeWidth) + 2);
      // Not by color alone: the plus is labelled too.
      const labels = [...screen.container.querySelectorAll('.label')].map((label) => label.textContent);
      expect(labels).toContain('min');
      await screen.unmount();
    }
  });

  test('the loss chart runs to the last step even when every run diverged early', async () => {
    const problem: OptimizerProblemJson = {
      ...small,
      surface: { expression: 'x^4 + y^2' },
      steps: 100,
      optimizers: [
        { type: 'sgd', lr: 1 },
        { type: 'momentum', lr: 1 },
      ],
    };
    const screen = await render(OptimizerRace, { problem, initialStep: 100 });
    const chart = screen.container.querySelector('.loss svg')!;
    const cursor = Number(chart.querySelector('.cursor')!.getAttribute('x1'));
    // At the last step the cursor sits at the axis' right end, inside the chart's margin.
    expect(cursor).toBeCloseTo(Number(chart.getAttribute('width')) - 10);
  });

  test('two optimizers of one type have settings cards, and fields, with names of their own', async () => {
    const twins = {
      ...small,
      optimizers: [
        { type: 'sgd', lr: 0.1 },
        { type: 'sgd', lr: 0.2 },
      ],
    };
    const screen = await render(OptimizerRace, { problem: twins as OptimizerProblemJson });
    await openSection(screen.container, 'Optimizer settings');
    await expect.element(screen.getByRole('textbox', { name: 'SGD 1 ε (lr)' })).toHaveValue('0.1');
    await expect.element(screen.getByRole('textbox', { name: 'SGD 2 ε (lr)' })).toHaveValue('0.2');
  });

  test('a learning rate of 0 is accepted and leaves the run in place; the slider shows its minimum', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, initialStep: 3, onproblemchange });
    await openSection(screen.container, 'Optimizer settings');
    await screen.getByRole('textbox', { name: 'SGD ε (lr)' }).fill('0');
    await userEvent.keyboard('{Enter}');
    const last = onproblemchange.mock.lastCall![0] as OptimizerProblemJson;
    expect(last.optimizers[0]).toEqual({ type: 'sgd', lr: 0 });
    expect(screen.container.querySelector('[role=alert]')).toBeNull();
    expect(narration(screen.container)).toMatch(/^After update 3: SGD at \(2, 1\), loss 5;/);
    const slider = screen.getByRole('slider', { name: 'SGD ε (lr) slider' }).element() as HTMLInputElement;
    expect(slider.value).toBe(slider.min);
    noNaN(screen.container);
  });

  test('steps with the buttons and the keyboard, narrating each step', async () => {
    const onstepchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, onstepchange });
    const root = screen.container;
    expect(narration(root)).toBe('Start at (2, 1): SGD at (2, 1), loss 5; Momentum at (2, 1), loss 5.');
    await screen.getByRole('button', { name: 'Next update' }).click();
    expect(onstepchange).toHaveBeenLastCalledWith({ index: 1, length: 6 });
    expect(narration(root)).toBe(
      'After update 1: SGD at (1, 0.5), loss 1.25; Momentum at (1.6, 0.8), loss 3.2.',
    );
    expect(root.querySelector('[aria-live=polite]')!.textContent).toContain('After update 1');
    (root.querySelector('.frame') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(narration(root)).toMatch(/^After update 2:/);
    await userEvent.keyboard('{End}');
    expect(narration(root)).toMatch(/^After update 5:/);
    await userEvent.keyboard('{ArrowLeft}');
    expect(narration(root)).toMatch(/^After update 4:/);
    await userEvent.keyboard('{Home}');
    expect(narration(root)).toMatch(/^Start at/);
    await userEvent.keyboard(' ');
    await expect.poll(() => narration(root), { timeout: 3000 }).toMatch(/^After update/);
  });

  test("on a phone, the update's table of numbers scrolls inside the widget, its edge fading, and takes the focus", async () => {
    const host = document.createElement('div');
    host.style.width = '320px';
    document.body.append(host);
    try {
      const preset = optimizerPresets.find((p) => p.id === 'rotated-ellipse')!.problem;
      const screen = await render(OptimizerRace, {
        props: { problem: preset, initialStep: 150 },
        target: host,
      });
      await openSection(screen.container, 'Worked answer');
      await expect.poll(() => screen.container.querySelector('.numbers')).not.toBeNull();
      const box = screen.container.querySelector<HTMLElement>('.numbers')!;
      await expect.poll(() => box.getAttribute('tabindex')).toBe('0');
      expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
      expect(box.style.maskImage).toMatch(/^linear-gradient/);
      // Nothing of it reaches past the widget.
      expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(host.getBoundingClientRect().right);
    } finally {
      host.remove();
    }
  });

  test("on a 320 px phone, an update's formulas fit: a vector wider than the column breaks after its comma", async () => {
    const host = document.createElement('div');
    host.style.width = '320px';
    document.body.append(host);
    try {
      for (const [id, step] of [
        ['ucla-noisy-gradients', 3],
        ['ellipse-race', 20],
      ] as const) {
        const preset = optimizerPresets.find((p) => p.id === id)!.problem;
        const screen = await render(OptimizerRace, {
          props: { problem: preset, initialStep: step },
          target: host,
        });
        await openSection(screen.container, 'Worked answer');
        await expect.poll(() => screen.container.querySelector('.dlviz-flow')).not.toBeNull();
        const overflowing = () =>
          [...screen.container.querySelectorAll<HTMLElement>('.formula.block')].filter(
            (f) => f.scrollWidth > f.clientWidth + 1,
          ).length;
        await expect.poll(overflowing).toBe(0);
        screen.unmount();
      }
    } finally {
      host.remove();
    }
  });

  test('one notation wherever it is read: ε the learning rate, ν the small constant, JSON keys beside them', async () => {
    const problem: OptimizerProblemJson = {
      ...small,
      optimizers: [
        { type: 'sgd', lr: 0.1 },
        { type: 'sgd', lr: 0.2 },
        { type: 'adam', lr: 0.1 },
      ],
    };
    const screen = await render(OptimizerRace, { problem, initialStep: 2 });
    const root = screen.container;
    await screen.getByRole('radio', { name: /Adam/ }).click();
    await openSection(root, 'Worked answer');
    await openSection(root, 'Optimizer settings');
    await expect.element(screen.getByRole('textbox', { name: 'Adam ε (lr)' })).toHaveValue('0.1');
    await expect.element(screen.getByRole('textbox', { name: 'Adam ν (eps)' })).toHaveValue('1e-8');
    expect(narration(root)).toMatch(/^After update 2: SGD \(ε = 0\.1\) at .*; SGD \(ε = 0\.2\) at /);
    const text = root.textContent!;
    expect(text).toContain('plain gradient step −ε·g');
    expect(text).toContain('first-moment step −ε·v̂');
    // "lr" and "eps" only as the JSON's keys, in parentheses beside their symbols (and in the JSON).
    const read = text.replace(/\((lr|eps)\)|"(lr|eps)"/g, '');
    expect(read).not.toMatch(/\b(lr|eps)\b/);
  });

  test('the worked panel writes out the selected update with its numbers and draws its arrows', async () => {
    const screen = await render(OptimizerRace, { problem: small, initialStep: 2 });
    const root = screen.container;
    await screen.getByRole('radio', { name: /Momentum/ }).click();
    await openSection(root, 'Worked answer');
    const table = root.querySelector('.update-numbers table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Momentum, update 2: the numbers');
    expect(table.textContent).toContain('g2 (gradient used)');
    // v2 = 0.5·(−0.4, −0.2) − 0.1·(3.2, 1.6)
    expect(table.textContent).toContain('−0.52');
    expect([...root.querySelectorAll('.arrow')].map((a) => a.classList[1])).toEqual([
      'gradient',
      'velocity',
      'step',
    ]);
  });

  test("at update 0 no arrow is drawn, but their key already lists the selected optimizer's", async () => {
    const screen = await render(OptimizerRace, { problem: small });
    const root = screen.container;
    const key = () => [...root.querySelectorAll('.arrow-key b')].map((b) => b.textContent);
    expect(root.querySelectorAll('.arrow')).toHaveLength(0);
    expect(key()).toEqual(['−ε g', 'Δθ']);
    await screen.getByRole('radio', { name: /Momentum/ }).click();
    expect(key()).toEqual(['−ε g', 'α v', 'Δθ']);
    // From update 1 the arrows are drawn (the momentum carried over is 0 yet, too short to draw),
    // and the key is the same: nothing under it moves.
    await screen.getByRole('button', { name: /^Next/ }).click();
    expect([...root.querySelectorAll('.arrow')].map((a) => a.classList[1])).toEqual(['gradient', 'step']);
    expect(key()).toEqual(['−ε g', 'α v', 'Δθ']);
  });

  test('editing the start re-solves, redraws and emits problemchange', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, initialStep: 1, onproblemchange });
    const before = screen.container.querySelector('.trajectory')!.getAttribute('d');
    await openSection(screen.container, 'Surface, start and noise');
    const field = screen.getByRole('textbox', { name: 'Start x' });
    await field.fill('-3');
    await userEvent.keyboard('{Enter}');
    expect(onproblemchange).toHaveBeenLastCalledWith(expect.objectContaining({ start: [-3, 1] }));
    expect(screen.container.querySelector('.trajectory')!.getAttribute('d')).not.toBe(before);
    expect(narration(screen.container)).toMatch(/^After update 1: SGD at \(−1\.5, 0\.5\)/);
  });

  test('a curve is named f(x), and typing y makes it a surface, f(x, y)', async () => {
    const problem = optimizerPresets.find((p) => p.id === 'stanford-square-099')!.problem;
    const screen = await render(OptimizerRace, { problem });
    await openSection(screen.container, 'Surface, start and noise');
    const input = screen.getByRole('textbox', { name: 'f(x) =' });
    await expect
      .element(screen.getByText(/^Numbers, x \(with y, a surface of two variables\)/))
      .toBeVisible();
    await input.fill('x^2 + y^2');
    await expect.element(screen.getByRole('textbox', { name: 'f(x, y) =' })).toBeVisible();
    await expect.element(screen.getByText(/^Numbers, x, y, \+/)).toBeVisible();
  });

  test('a typed expression is checked live, with a caret under the column', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, onproblemchange });
    await openSection(screen.container, 'Surface, start and noise');
    const input = screen.getByRole('textbox', { name: 'f(x, y) =' });
    await input.fill('x^2 + 3 y');
    const error = screen.container.querySelector('.expression .error')!;
    expect(error.querySelector('pre')!.textContent).toBe('x^2 + 3 y\n        ^');
    expect(error.textContent).toContain('column 9');
    expect(onproblemchange).not.toHaveBeenCalled();
    await input.fill('x^2 + 3*y^2');
    expect(screen.container.querySelector('.expression .error')).toBeNull();
    expect(onproblemchange).toHaveBeenLastCalledWith(
      expect.objectContaining({ surface: { expression: 'x^2 + 3*y^2' } }),
    );
  });

  test('the cap on updates × optimizers is stated where updates are set, and named when exceeded', async () => {
    const twelve: OptimizerProblemJson = {
      ...small,
      optimizers: Array.from({ length: 12 }, (_, k) => ({ type: 'sgd', lr: 0.01 * (k + 1) })),
    };
    const screen = await render(OptimizerRace, { problem: twelve });
    await openSection(screen.container, 'Surface, start and noise');
    await expect.element(screen.getByText('updates (≤ 50000)')).toBeVisible();
    await expect
      .element(
        screen.getByText(/Updates × optimizers ≤ 600000: with 12 optimizers, at most 50000 updates each/),
      )
      .toBeVisible();
    const steps = screen.getByRole('textbox', { name: 'Updates per optimizer' });
    await steps.fill('60000');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('steps × optimizers (60000 × 12) is 720000, over the limit of 600000');
    await expect.element(steps).toHaveValue('60000');
  });

  test('gradient noise shows its seed and changes the run', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, initialStep: 3, onproblemchange });
    await openSection(screen.container, 'Surface, start and noise');
    await openSection(screen.container, 'Worked answer');
    await screen.getByRole('checkbox', { name: 'Gaussian noise on every gradient' }).click();
    expect(onproblemchange).toHaveBeenLastCalledWith(
      expect.objectContaining({ noise: { sigma: 0.5, seed: 1 } }),
    );
    await expect.element(screen.getByRole('textbox', { name: 'Noise seed' })).toHaveValue('1');
    expect(screen.container.querySelector('.update-numbers')!.textContent).toContain('noise');
  });

  test('switching an optimizer on adds it to the race; same learning rate ties them', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, onproblemchange });
    await openSection(screen.container, 'Optimizer settings');
    await screen.getByRole('checkbox', { name: 'Adam' }).click();
    expect(screen.container.querySelectorAll('.trajectory')).toHaveLength(3);
    await screen.getByRole('checkbox', { name: 'Same learning rate for all' }).click();
    const last = onproblemchange.mock.lastCall![0] as OptimizerProblemJson;
    expect(last.optimizers.map((o) => o.lr)).toEqual([0.25, 0.25, 0.25]);
  });

  test('an invalid problem shows its issues with their paths, emits error, and a fix restores the drawing', async () => {
    const onerror = vi.fn();
    const screen = await render(OptimizerRace, {
      problem: { ...small, steps: -1, optimizers: [{ type: 'sgd' }] } as unknown as OptimizerProblemJson,
      onerror,
    });
    await expect.element(screen.getByRole('alert')).toHaveTextContent('steps');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('optimizers[0].lr');
    expect(onerror).toHaveBeenCalled();
    expect(screen.container.querySelector('svg .band')).toBeNull();
    await screen.rerender({ problem: '{"widget": "optimizer", "start": [1, 2],' });
    await expect.element(screen.getByRole('alert')).toHaveTextContent('not valid JSON at line 1');
    await screen.rerender({ problem: JSON.stringify(small) });
    await expect.poll(() => screen.container.querySelectorAll('.trajectory').length).toBe(2);
    expect(screen.container.querySelector('[role=alert]')).toBeNull();
  });

  test('a problem that came in broken is fixed in place, in the JSON the error panel holds', async () => {
    const onproblemchange = vi.fn();
    const broken = '{"widget": "optimizer", "start": [1, 2],';
    const screen = await render(OptimizerRace, { problem: broken, onproblemchange });
    const text = screen.getByRole('textbox', { name: 'Problem JSON' });
    await expect.element(text).toHaveValue(broken);
    // Still broken: the messages follow the text applied, which stays to be fixed further.
    await text.fill('{"widget": "optimizer"}');
    await screen.getByRole('button', { name: 'Apply the JSON' }).click();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('surface');
    await expect.element(text).toHaveValue('{"widget": "optimizer"}');
    await text.fill(JSON.stringify(small));
    await screen.getByRole('button', { name: 'Apply the JSON' }).click();
    await expect.poll(() => screen.container.querySelectorAll('.trajectory').length).toBe(2);
    expect(onproblemchange).toHaveBeenCalled();
  });

  test('an edit that makes the problem invalid keeps the settings on screen, to be fixed in place', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, onproblemchange });
    await openSection(screen.container, 'Worked answer');
    await openSection(screen.container, 'Surface, start and noise');
    const input = screen.getByRole('textbox', { name: 'f(x, y) =' });
    // It parses, but the loss at the start (2, 1) is not finite: the plot gives way to the issue.
    await input.fill('log(x - 3) + y^2');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('start');
    expect(screen.container.querySelector('.trajectory')).toBeNull();
    await expect.element(input).toHaveValue('log(x - 3) + y^2');
    await screen.getByRole('textbox', { name: 'Start x' }).fill('4');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => screen.container.querySelectorAll('.trajectory').length).toBe(2);
    expect(screen.container.querySelector('[role=alert]')).toBeNull();
    expect(onproblemchange).toHaveBeenLastCalledWith(
      expect.objectContaining({ start: [4, 1], surface: { expression: 'log(x - 3) + y^2' } }),
    );
    // The worked answer the reader opened comes back open with the drawing.
    expect(screen.container.querySelector('details.worked')!.hasAttribute('open')).toBe(true);
    await expect.poll(() => screen.container.querySelector('details.worked .update-numbers')).not.toBeNull();
  });

  test('while the issues are shown, an expression that does not parse replaces them and their JSON', async () => {
    const screen = await render(OptimizerRace, { problem: small });
    await openSection(screen.container, 'Surface, start and noise');
    const input = screen.getByRole('textbox', { name: 'f(x, y) =' });
    await input.fill('log(x - 3) + y^2');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('f(2, 1) = NaN');
    await input.fill('x^2+y^2+');
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('surface.expression');
    await expect.element(alert).toHaveTextContent('unexpected end of the expression at column 9');
    await expect.element(alert).not.toHaveTextContent('NaN');
    const json = screen.getByRole('textbox', { name: 'Problem JSON' }).element() as HTMLTextAreaElement;
    expect(JSON.parse(json.value).surface).toEqual({ expression: 'x^2+y^2+' });
    // While a race is drawn, a half-typed expression leaves it on screen.
    await input.fill('x^2+y^2');
    await expect.poll(() => screen.container.querySelectorAll('.trajectory').length).toBe(2);
    await input.fill('x^2+y^2+');
    expect(screen.container.querySelectorAll('.trajectory')).toHaveLength(2);
    expect(screen.container.querySelector('[role=alert]')).toBeNull();
  });

  test('a preset on another surface keeps its fitted view through the next edit', async () => {
    const screen = await render(OptimizerRace, { problem: small });
    await openSection(screen.container, 'View range');
    await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('ucla-which-update');
    const view = () =>
      ['x from', 'x to', 'y from', 'y to'].map(
        (name) => (screen.getByRole('textbox', { name: `View ${name}` }).element() as HTMLInputElement).value,
      );
    const fitted = view();
    await openSection(screen.container, 'Surface, start and noise');
    await screen.getByRole('textbox', { name: 'Start x' }).fill('0.5');
    await userEvent.keyboard('{Enter}');
    expect(view()).toEqual(fitted);
  });

  test('the start moved by keys stops where the loss is not finite, rather than breaking the plot', async () => {
    const onproblemchange = vi.fn();
    const problem: OptimizerProblemJson = {
      ...small,
      surface: { expression: 'log(x) + y^2' },
      start: [0.05, 1],
    };
    const screen = await render(OptimizerRace, { problem, onproblemchange });
    const handle = screen.container.querySelector<HTMLButtonElement>('.start-key')!;
    handle.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.container.querySelector('[role=alert]')).toBeNull();
    expect(onproblemchange).not.toHaveBeenCalled();
    await userEvent.keyboard('{ArrowRight}');
    const moved = onproblemchange.mock.lastCall![0] as OptimizerProblemJson;
    expect(moved.start[0]).toBeGreaterThan(0.05);
    expect(screen.container.querySelectorAll('.trajectory')).toHaveLength(2);
  });

  test('contours still draw where one sample of the view is infinite', async () => {
    for (const [expression, x0] of [
      ['log(x^2 + y^2)', 0],
      ['exp(x^2 + y^2)', -30],
    ] as const) {
      const screen = await render(OptimizerRace, { problem: { ...small, surface: { expression } } });
      await openSection(screen.container, 'View range');
      const field = (name: string) => screen.getByRole('textbox', { name: `View ${name}` });
      // From the far side first, so each typed box stays a usable view.
      for (const [name, value] of [
        ['x to', -x0 || 4],
        ['y to', -x0 || 4],
        ['x from', x0],
        ['y from', x0],
      ] as const) {
        await field(name).fill(String(value));
        await userEvent.keyboard('{Enter}');
      }
      await expect
        .poll(() => screen.container.querySelector('svg.overlay')!.ariaLabel)
        .toContain(`x from ${String(x0).replace('-', '−')} to`);
      expect(screen.container.querySelectorAll('.band').length).toBeGreaterThan(3);
      noNaN(screen.container);
      screen.unmount();
    }
  });

  test('with the start outside the view, its keyboard handle stays on the plot and still moves it', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, onproblemchange });
    await openSection(screen.container, 'View range');
    await screen.getByRole('textbox', { name: 'View x from' }).fill('-4.9');
    await userEvent.keyboard('{Enter}');
    await screen.getByRole('textbox', { name: 'View x to' }).fill('-4');
    await userEvent.keyboard('{Enter}');
    const handle = screen.container.querySelector<HTMLButtonElement>('.start-key')!;
    const plot = screen.container.querySelector('svg.overlay')!.getBoundingClientRect();
    const at = handle.getBoundingClientRect();
    expect(at.left + at.width / 2).toBeLessThanOrEqual(plot.right);
    expect(at.top + at.height / 2).toBeLessThanOrEqual(plot.bottom);
    handle.focus();
    await userEvent.keyboard('{ArrowLeft}');
    const moved = onproblemchange.mock.lastCall![0] as OptimizerProblemJson;
    expect(moved.start[0]).toBeLessThan(2);
    expect(moved.start[1]).toBe(1);
  });

  test('a view side that would leave no usable box is refused where it is typed, naming the bound', async () => {
    const screen = await render(OptimizerRace, { problem: small, view: 'box:-1:3:-2:2' });
    await openSection(screen.container, 'View range');
    const field = (name: string) => screen.getByRole('textbox', { name: `View ${name}` });
    for (const [name, typed, message] of [
      ['x from', '10', 'Must be less than 3'],
      ['x from', '3', 'Must be less than 3'],
      ['y to', '-5', 'Must be more than −2'],
      ['y to', '-2', 'Must be more than −2'],
      ['x to', '-0.9999999999', 'Too close to −1'],
      ['x to', '2e12', 'Must be within 10¹² of −1'],
      ['y from', '-1e12', 'Must be within 10¹² of 2'],
    ] as const) {
      await field(name).fill(typed);
      await userEvent.keyboard('{Enter}');
      await expect.element(field(name)).toHaveAttribute('aria-invalid', 'true');
      await expect.element(screen.getByText(message)).toBeVisible();
      await userEvent.keyboard('{Escape}');
    }
    expect(
      ['x from', 'x to', 'y from', 'y to'].map((name) => (field(name).element() as HTMLInputElement).value),
    ).toEqual(['-1', '3', '-2', '2']);
  });

  test('the view range is a closed section, loaded when opened and kept open through an invalid problem', async () => {
    const screen = await render(OptimizerRace, { problem: small, view: 'box:-1:3:-2:2' });
    const xFrom = screen.getByRole('textbox', { name: 'View x from' });
    expect(xFrom.query()).toBeNull();
    await openSection(screen.container, 'View range');
    await expect.element(xFrom).toHaveValue('-1');
    await screen.rerender({ problem: '{"widget": "optimizer"}' });
    await expect.element(screen.getByRole('alert')).toBeVisible();
    expect(xFrom.query()).toBeNull();
    await screen.rerender({ problem: small });
    await expect.element(xFrom).toBeVisible();
  });

  test('a view side shows as typed, and a deep zoom shows enough digits to tell its sides apart', async () => {
    const screen = await render(OptimizerRace, { problem: small, view: 'box:-123456:5:-2:2' });
    await openSection(screen.container, 'View range');
    const field = (name: string) => screen.getByRole('textbox', { name: `View ${name}` });
    await expect.element(field('x from')).toHaveValue('-123456');
    await field('x from').fill('1.0000001');
    await userEvent.keyboard('{Enter}');
    await field('x to').fill('1.0000003');
    await userEvent.keyboard('{Enter}');
    await expect.element(field('x from')).toHaveValue('1.0000001');
    await expect.element(field('x to')).toHaveValue('1.0000003');
  });

  test('zooming in or out without end keeps a usable view', async () => {
    const screen = await render(OptimizerRace, { problem: small });
    await openSection(screen.container, 'View range');
    const overlay = screen.container.querySelector('svg.overlay')!;
    const value = (name: string) => {
      const field = screen.getByRole('textbox', { name: `View ${name}` }).element() as HTMLInputElement;
      return Number(field.value.replace('−', '-'));
    };
    const wheel = (deltaY: number) =>
      overlay.dispatchEvent(
        new WheelEvent('wheel', { deltaY, ctrlKey: true, clientX: 200, clientY: 150, cancelable: true }),
      );
    // 60 steps of e⁻¹ would take the view's width below a double's resolution.
    for (let i = 0; i < 60; i++) wheel(-100);
    await expect.poll(() => value('x to') - value('x from')).toBeLessThan(1e-3);
    await expect.element(screen.getByRole('button', { name: 'Zoom in' })).toBeDisabled();
    expect(screen.container.querySelectorAll('.band').length).toBeGreaterThan(0);
    noNaN(screen.container);
    for (let i = 0; i < 60; i++) wheel(100);
    await expect.poll(() => value('x to') - value('x from')).toBeGreaterThan(1e10);
    expect(value('x to') - value('x from')).toBeLessThan(1e12);
    noNaN(screen.container);
    const zoomOut = screen.getByRole('button', { name: 'Zoom out' });
    while (!(zoomOut.element() as HTMLButtonElement).disabled) await zoomOut.click();
    expect(value('x to') - value('x from')).toBeLessThan(1e12);
    expect(value('x to') - value('x from')).toBeGreaterThan(0.7e12);
  });

  test('a view zoomed about the pointer is written to the digits that tell it apart', async () => {
    const screen = await render(OptimizerRace, { problem: small });
    await openSection(screen.container, 'View range');
    const overlay = screen.container.querySelector('svg.overlay')!;
    const sides = ['x from', 'x to', 'y from', 'y to'].map(
      (name) => screen.getByRole('textbox', { name: `View ${name}` }).element() as HTMLInputElement,
    );
    const fitted = sides.map((side) => side.value);
    overlay.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -30, ctrlKey: true, clientX: 137, clientY: 91, cancelable: true }),
    );
    await expect.poll(() => sides[0]!.value).not.toBe(fitted[0]);
    // From −5…5 on each axis to sides that the pointer's place made 16 digits long: a span of about
    // 7.4, to three decimals (a thousandth of it would be 0.0074).
    expect(sides.map((side) => side.value)).toEqual(['-4.424', '2.984', '-1.625', '5.784']);
    // Typed, a side is written as it was typed.
    await screen.getByRole('textbox', { name: 'View x from' }).fill('-4.41234');
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('textbox', { name: 'View x from' })).toHaveValue('-4.41234');
  });

  test('a start drag the browser cancels still ends, and reports where the start was left', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, initialStep: 1, onproblemchange });
    const overlay = screen.container.querySelector('svg.overlay')!;
    const pointer = pointerFrom(screen.container.querySelector('.start-ring')!);
    pointer('pointerdown', screen.container.querySelector('.start-ring')!, 0);
    pointer('pointermove', overlay, -60);
    expect(onproblemchange).not.toHaveBeenCalled();
    pointer('pointercancel', overlay, 0);
    expect(onproblemchange).toHaveBeenCalledTimes(1);
    const moved = onproblemchange.mock.lastCall![0] as OptimizerProblemJson;
    expect(moved.start[0]).toBeLessThan(2);
    expect(moved.start[1]).toBe(1);
  });

  test('a start dragged past the edge of the plot stops at the edge of the view', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, initialStep: 1, onproblemchange });
    await openSection(screen.container, 'View range');
    const overlay = screen.container.querySelector('svg.overlay')!;
    const ring = screen.container.querySelector('.start-ring')!;
    const pointer = pointerFrom(ring);
    pointer('pointerdown', ring, 0);
    pointer('pointermove', overlay, 5000);
    pointer('pointerup', overlay, 5000);
    const moved = onproblemchange.mock.lastCall![0] as OptimizerProblemJson;
    const xTo = Number(
      (screen.getByRole('textbox', { name: 'View x to' }).element() as HTMLInputElement).value,
    );
    expect(moved.start[0]).toBeCloseTo(xTo, 1);
    expect(moved.start[1]).toBe(1);
  });

  test('the start is dragged by its label too, wherever the label was placed', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, initialStep: 1, onproblemchange });
    const overlay = screen.container.querySelector('svg.overlay')!;
    const label = [...overlay.querySelectorAll('.label')].find((l) => l.textContent === 'start')!;
    const pointer = pointerFrom(label);
    pointer('pointerdown', label, 0);
    pointer('pointermove', overlay, -60);
    pointer('pointerup', overlay, -60);
    // Dragged, not panned (a pan moves no start).
    const moved = onproblemchange.mock.lastCall![0] as OptimizerProblemJson;
    expect(moved.start[0]).toBeLessThan(2);
  });

  test('a preset starts from its own view, even on the surface already shown', async () => {
    const screen = await render(OptimizerRace, { problem: small });
    await openSection(screen.container, 'View range');
    const preset = screen.getByRole('combobox', { name: 'Preset' });
    const xTo = () =>
      (screen.getByRole('textbox', { name: 'View x to' }).element() as HTMLInputElement).value;
    await preset.selectOptions('stanford-abs-small-step');
    const fitted = xTo();
    await screen.getByRole('button', { name: 'Zoom in' }).click();
    expect(xTo()).not.toBe(fitted);
    await preset.selectOptions('stanford-abs-large-step');
    await preset.selectOptions('stanford-abs-small-step');
    expect(xTo()).toBe(fitted);
  });

  test('predict mode asks for the next x and y of the selected optimizer by turns', async () => {
    const screen = await render(OptimizerRace, { problem: small, predict: true });
    await expect.element(screen.getByText('SGD: what is x after update 1?')).toBeVisible();
    await screen.getByRole('textbox', { name: 'Your prediction' }).fill('1');
    await screen.getByRole('button', { name: 'Check' }).click();
    await expect.element(screen.getByText(/Correct: the answer is 1/)).toBeVisible();
    await screen.getByRole('button', { name: 'Continue' }).click();
    expect(narration(screen.container)).toMatch(/^After update 1:/);
    // On the bowl x² + y² with η = 0.25, y halves each update: 1, 0.5, 0.25.
    await expect.element(screen.getByText('SGD: what is y after update 2?')).toBeVisible();
    await screen.getByRole('textbox', { name: 'Your prediction' }).fill('0.25');
    await screen.getByRole('button', { name: 'Check' }).click();
    await expect.element(screen.getByText(/Correct: the answer is 0\.25/)).toBeVisible();
  });

  test('predict mode on a 1-D surface asks for x at every update', async () => {
    const oneD = optimizerPresets.find((p) => p.id === 'stanford-square-099')!.problem;
    const screen = await render(OptimizerRace, { problem: oneD, predict: true });
    await screen.getByRole('button', { name: 'Next update' }).click();
    await expect.element(screen.getByText(/: what is x after update 2\?$/)).toBeVisible();
  });

  test('hide and lock control groups', async () => {
    const screen = await render(OptimizerRace, { problem: small, hide: 'edit worked speed', lock: 'steps' });
    expect(screen.container.querySelector('.settings')).toBeNull();
    expect(screen.getByText('Worked answer', { exact: true }).query()).toBeNull();
    expect(screen.container.querySelector('.speed select')).toBeNull();
    await expect.element(screen.getByRole('button', { name: 'Next update' })).toBeDisabled();
    const locked = await render(OptimizerRace, { problem: small, lock: 'edit' });
    await openSection(locked.container, 'Surface, start and noise');
    await expect.element(locked.getByRole('textbox', { name: 'Start x' })).toBeDisabled();
    // Random is a group of its own, as in the other widgets: locked, it is shown disabled.
    const random = (container: HTMLElement) =>
      [...container.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Random'))!;
    random(locked.container).click();
    await expect.poll(() => random(locked.container).textContent).toMatch(/seed \d+/);
    const noRandom = await render(OptimizerRace, { problem: small, lock: 'random' });
    expect(random(noRandom.container).disabled).toBe(true);
  });

  test('the step counter numbers updates as the iterates are: from 0, the start', async () => {
    const screen = await render(OptimizerRace, { problem: small });
    const steps = small.steps!;
    expect(screen.container.querySelector('.position')!.textContent).toBe(`Update 0 of ${steps}`);
    await screen.getByRole('button', { name: 'Last update' }).click();
    expect(screen.container.querySelector('.position')!.textContent).toBe(`Update ${steps} of ${steps}`);
  });

  test('the view group holds the log-scale switch', async () => {
    const hidden = await render(OptimizerRace, { problem: small, hide: 'view' });
    expect(hidden.getByRole('checkbox', { name: /Log scale/ }).query()).toBeNull();
    hidden.unmount();
    const locked = await render(OptimizerRace, { problem: small, lock: 'view' });
    await expect.element(locked.getByRole('checkbox', { name: /Log scale/ })).toBeDisabled();
  });

  test('presets and random starts from a shown seed', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(OptimizerRace, { problem: small, onproblemchange });
    await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('stanford-square-1');
    expect(onproblemchange).toHaveBeenLastCalledWith(
      expect.objectContaining({ start: [1, 0], surface: { preset: 'parabola' } }),
    );
    expect(screen.container.querySelector('.curve')).not.toBeNull();
    // No seed until a draw: the preset was not drawn from one.
    expect(screen.container.querySelector('.seed')).toBeNull();
    await screen.getByRole('button', { name: /Random/ }).click();
    await expect.element(screen.getByRole('button', { name: /Random seed \d+/ })).toBeVisible();
    // An edit leaves a problem the seed no longer makes, so the seed goes.
    await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('stanford-square-1');
    await expect.element(screen.getByRole('button', { name: /seed/ })).not.toBeInTheDocument();
  });

  test.each(['light', 'dark'] as const)(
    'axe finds no WCAG 2.2 AA violations (%s, predict)',
    async (theme) => {
      const screen = await render(OptimizerRace, { problem: small, theme, predict: true, initialStep: 1 });
      // The prompt, the settings, the view range and the worked answer load on demand: check them
      // all on the page.
      await expect.element(screen.getByRole('textbox', { name: 'Your prediction' })).toBeVisible();
      for (const section of ['Surface, start and noise', 'Optimizer settings', 'View range', 'Worked answer'])
        await openSection(screen.container, section);
      expect(await axeViolations(screen.container)).toEqual([]);
    },
  );

  test('axe passes on the error panel', async () => {
    const screen = await render(OptimizerRace, { problem: '{"widget": "optimizer"}' });
    await expect.element(screen.getByRole('alert')).toBeVisible();
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

describe('the view option', () => {
  type Screen = Awaited<ReturnType<typeof render>>;
  /** The plot's view as its typed box shows it (to 4 digits), its section opened to read it. */
  const shownView = async (screen: Screen) => {
    await openSection(screen.container, 'View range');
    return ['x from', 'x to', 'y from', 'y to'].map((name) =>
      Number(
        (screen.getByRole('textbox', { name: `View ${name}` }).element() as HTMLInputElement).value.replace(
          '−',
          '-',
        ),
      ),
    );
  };
  const logScale = (screen: Screen) => screen.getByRole('checkbox', { name: /Log scale/ });

  test('opens its box, optimizer and log scale; "Copy link" carries what the reader changed', async () => {
    const screen = await render(OptimizerRace, { problem: small, view: 'box:-1:3:-2:2,optimizer:1,log' });
    expect(await shownView(screen)).toEqual([-1, 3, -2, 2]);
    await expect.element(screen.getByRole('radio', { name: /Momentum/ })).toBeChecked();
    await expect.element(logScale(screen)).toBeChecked();
    await screen.getByRole('button', { name: 'Zoom in' }).click();
    // 0.7 × the box about its middle, in floats −0.3999999999999999 …: written without the noise.
    expect(zoomed([-1, 3, -2, 2], 0.7)[0]).not.toBe(-0.4);
    expect((await copiedLink(screen.container)).searchParams.get('view')).toBe(
      'box:-0.4:2.4:-1.4:1.4,optimizer:1,log',
    );
  });

  test('a deep zoom writes its ticks with as many digits as tell them apart', async () => {
    const screen = await render(OptimizerRace, { problem: small, view: 'box:2:2.004:0.999:1.001' });
    const ticks = (axis: 'x' | 'y') =>
      [...screen.container.querySelectorAll('svg.overlay .axis > g')]
        .filter((g) => g.querySelector(axis === 'x' ? 'line[y2]' : 'line[x2]'))
        .map((g) => g.textContent!.trim());
    for (const axis of ['x', 'y'] as const) {
      expect(ticks(axis).length).toBeGreaterThan(2);
      expect(new Set(ticks(axis)).size).toBe(ticks(axis).length);
    }
    expect(ticks('x')).toContain('2.001');
    expect(ticks('y')).toContain('0.9995');
  });

  test('the default writes no view; a zoom, another optimizer and the log scale do', async () => {
    const screen = await render(OptimizerRace, { problem: small });
    expect((await copiedLink(screen.container)).searchParams.has('view')).toBe(false);
    await screen.getByRole('button', { name: 'Zoom out' }).click();
    await screen.getByRole('radio', { name: /Momentum/ }).click();
    await logScale(screen).click();
    const view = (await copiedLink(screen.container)).searchParams.get('view')!;
    expect(view).toMatch(/^box:[^,]+,optimizer:1,log$/);
    // The link's box is the view on screen, written in full (the fields round it to a thousandth).
    const box = view.split(',')[0]!.split(':').slice(1).map(Number);
    const shown = await shownView(screen);
    box.forEach((side, i) => expect(Math.abs(side - shown[i]!)).toBeLessThan((box[1]! - box[0]!) / 1000));
    expect(box.some((side, i) => side !== shown[i])).toBe(true);
    // Zoomed in again, back to the fitted view but for rounding: no box of the reader's own.
    await screen.getByRole('button', { name: 'Zoom in' }).click();
    expect((await copiedLink(screen.container)).searchParams.get('view')).toBe('optimizer:1,log');
  });

  test('"Fit view", a preset or a new surface fits again, and the box leaves the link', async () => {
    const opened = 'box:-1:3:-2:2,optimizer:1,log';
    const fit = await render(OptimizerRace, { problem: small, view: opened });
    await fit.getByRole('button', { name: 'Fit view' }).click();
    expect(await shownView(fit)).not.toEqual([-1, 3, -2, 2]);
    await fit.getByRole('radio', { name: /SGD/ }).click();
    await logScale(fit).click();
    expect((await copiedLink(fit.container)).searchParams.has('view')).toBe(false);
    fit.unmount();

    const preset = await render(OptimizerRace, { problem: small, view: 'box:-1:3:-2:2' });
    await preset.getByRole('combobox', { name: 'Preset' }).selectOptions('ellipse-race');
    expect(await shownView(preset)).not.toEqual([-1, 3, -2, 2]);
    expect((await copiedLink(preset.container)).searchParams.has('view')).toBe(false);
    preset.unmount();

    const surface = await render(OptimizerRace, { problem: small, view: 'box:-1:3:-2:2' });
    await openSection(surface.container, 'Surface, start and noise');
    await surface.getByRole('textbox', { name: 'f(x, y) =' }).fill('x^2 + 2*y^2');
    await expect.poll(() => shownView(surface)).not.toEqual([-1, 3, -2, 2]);
    expect((await copiedLink(surface.container)).searchParams.has('view')).toBe(false);
  });

  test('an optimizer the problem does not have, or a box that cannot be drawn, is left at the default', async () => {
    const screen = await render(OptimizerRace, { problem: small, view: 'optimizer:2,box:3:-1:0:1' });
    await expect.element(screen.getByRole('radio', { name: /SGD/ })).toBeChecked();
    expect(await shownView(screen)).not.toEqual([3, -1, 0, 1]);
    expect((await copiedLink(screen.container)).searchParams.has('view')).toBe(false);
  });

  test("a host that passes the same view again, from a new object, keeps the reader's choices", async () => {
    const screen = await render(ViewHost, { widget: OptimizerRace, problem: small, view: 'box:-1:3:-2:2' });
    await screen.getByRole('button', { name: 'Zoom in' }).click();
    await screen.getByRole('radio', { name: /Momentum/ }).click();
    await logScale(screen).click();
    // Random reports a new problem; the host rebuilds its state object, view text unchanged.
    await screen.getByRole('button', { name: /^Random/ }).click();
    await expect.element(screen.getByRole('button', { name: /^Random seed/ })).toBeVisible();
    expect((await copiedLink(screen.container)).searchParams.get('view')).toBe(
      'box:-0.4:2.4:-1.4:1.4,optimizer:1,log',
    );
  });
});
