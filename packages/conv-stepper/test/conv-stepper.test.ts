import { copiedLink } from '@dlviz/build-config/copied-link';
import { openSection } from '@dlviz/build-config/open-section';
import { convPresets, formatText, type ConvProblemJson } from '@dlviz/core';
import { describe, expect, test, vi } from 'vitest';
import { userEvent, type Locator } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import ConvStepper from '../src/ConvStepper.svelte';
import { axeViolations, cmu, duke, narration, paddingCellsDrawn, preset, traceOf } from './helpers.js';

const stepOf = (problem: unknown, index: number) => traceOf(problem).at(index);
/** The widget with its layer settings open, and the spy on its problemchange events. */
async function withSettings(problem: ConvProblemJson) {
  const onproblemchange = vi.fn();
  const screen = await render(ConvStepper, { problem, onproblemchange });
  await openSection(screen.container, 'Layer settings');
  return { screen, onproblemchange };
}

/** Types `text` into a field and leaves it with Tab, as a reader commits a value. */
async function enter(field: Locator, text: string) {
  await field.fill(text);
  await userEvent.keyboard('{Tab}');
}

describe('drawing', () => {
  test('the Duke layer: inputs with padding, the filter, outputs, activation and pooling', async () => {
    const screen = await render(ConvStepper, { problem: duke });
    const grids = screen.container.querySelectorAll('.drawing [role=grid]');
    // 2 input channels, 2 kernel slices, output, activation, pooled.
    expect(grids).toHaveLength(7);
    expect(screen.container.querySelectorAll('[aria-label^="Input channel 0"] [role=gridcell]')).toHaveLength(
      16,
    );
    // The padding ring: 6×6 − 4×4 cells, drawn but not in the grid's cells.
    expect(paddingCellsDrawn(screen.container.querySelector('[aria-label^="Input channel 0"]')!)).toBe(20);
    expect(screen.container.textContent!.replace(/\s+/g, ' ')).toContain('19 parameters');
    expect(narration(screen.container)).toBe(stepOf(duke, 0).sentence);
    // The window of output (0, 0) covers 2×2 input cells and 5 padding cells per channel.
    const windowCells = screen.container.querySelectorAll(
      '[aria-label^="Input channel 0"] [role=gridcell][aria-label*="in the window"]',
    );
    expect(windowCells).toHaveLength(4);
    expect(
      screen.container.querySelectorAll('[aria-label^="Input channel 0"] g[aria-hidden="true"] .cell'),
    ).toHaveLength(5);
  });

  test('padding on one axis only pads that axis: no cells drawn where there is none', async () => {
    // The CMU map is 4×3; padding (0, 1) adds a column of zeros on each side and no rows.
    const screen = await render(ConvStepper, { problem: { ...cmu, padding: [0, 1] } });
    const grid = screen.container.querySelector('[aria-label^="Input channel 0"]')!;
    expect(grid.getAttribute('aria-label')).toBe(
      'Input channel 0, with zero padding of 1 column on each side',
    );
    expect(paddingCellsDrawn(grid)).toBe(2 * 4);
    expect(grid.querySelectorAll('.faded')).toHaveLength(0);
    expect(screen.container.textContent!.replace(/\s+/g, ' ')).toContain(
      'zero padding 0 rows, 1 column (dashed)',
    );
  });

  test('the shapes section opens onto the size formulas; tiling warnings show while it is closed', async () => {
    const screen = await render(ConvStepper, { problem: { ...cmu, stride: [2, 2] } });
    expect(screen.getByRole('list', { name: 'Tiling warnings' }).element().textContent).toMatch(
      /Convolution, columns:/,
    );
    const closed = [...screen.container.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')!.textContent!.trim().startsWith('Shapes'),
    )!;
    expect(closed.open).toBe(false);
    const shapes = await openSection(screen.container, 'Shapes: output 1×2×1; 5 parameters');
    const formulas = shapes.querySelectorAll('[aria-label="Size formulas"] .formula');
    // Ho, Wo and the parameter count; no pooling.
    expect(formulas).toHaveLength(3);
    expect(formulas[0]!.textContent).toContain('=');
  });

  test('the shapes section stays open through an invalid moment', async () => {
    const screen = await render(ConvStepper, { problem: duke });
    await openSection(screen.container, /^Shapes/);
    await screen.rerender({ problem: '{"widget": "conv"' });
    await expect.element(screen.getByRole('textbox', { name: 'Problem JSON' })).toBeVisible();
    await screen.rerender({ problem: duke });
    const shapes = [...screen.container.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')!.textContent!.trim().startsWith('Shapes'),
    )!;
    expect(shapes.open).toBe(true);
    await expect.poll(() => shapes.querySelector('[aria-label="Size formulas"] .formula')).not.toBeNull();
  });

  test('outputs fill in: cells after the current step are blank and not read out', async () => {
    const screen = await render(ConvStepper, { problem: cmu, initialStep: 1 });
    const cells = [...screen.container.querySelectorAll('[aria-label="Output of filter 0"] [role=gridcell]')];
    expect(cells).toHaveLength(6);
    expect(cells[0]!.getAttribute('aria-label')).toContain('(0, 0): ');
    expect(cells[1]!.getAttribute('aria-label')).toContain('current');
    expect(cells[2]!.getAttribute('aria-label')).toBe('Output, filter 0 (1, 0): not computed yet');
    expect(getComputedStyle(cells[2]!.querySelector('text')!).visibility).toBe('hidden');

    await screen.getByRole('button', { name: 'Next step' }).click();
    const step = stepOf(cmu, 2);
    expect(step.kind).toBe('window');
    const value = step.kind === 'window' ? step.preActivation : NaN;
    expect(cells[2]!.querySelector('text')!.textContent).toBe(formatText(value, 3));
    expect(getComputedStyle(cells[2]!.querySelector('text')!).visibility).toBe('visible');
  });

  test('output columns are as wide as the finished maps need from the first step, and stay so', async () => {
    const problem = {
      widget: 'conv',
      input: [
        [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 123456.5],
        ],
      ],
      kernels: [
        [
          [
            [1, 1],
            [1, 1],
          ],
        ],
      ],
    } satisfies ConvProblemJson;
    const screen = await render(ConvStepper, { problem, initialStep: 1 });
    const grid = screen.container.querySelector('[aria-label="Output of filter 0"]')!;
    const widths = () =>
      [...grid.querySelectorAll('[role=gridcell] rect')].map((rect) => rect.getAttribute('width'));
    const atFirst = widths();
    // Column 1 will hold 123457 at the last step, column 0 only zeros: one widened, the other a cell edge.
    expect(Number(atFirst[1])).toBeGreaterThan(Number(atFirst[0]));
    await screen.getByRole('button', { name: 'Last step' }).click();
    expect(widths()).toEqual(atFirst);
    expect([...grid.querySelectorAll('[role=gridcell] text')].at(-1)!.textContent).toBe('123457');
    expect(grid.querySelectorAll('text[textLength]')).toHaveLength(0);
  });

  test.each(convPresets.map((p) => [p.id, p.problem] as const))(
    'preset %s renders without NaN',
    async (_id, problem) => {
      const screen = await render(ConvStepper, { problem });
      const text = screen.container.textContent ?? '';
      expect(text).not.toContain('NaN');
      expect(screen.container.querySelector('[role=alert]')).toBeNull();
      const g = traceOf(problem).geometry;
      const drawn = g.channels <= 8 && g.height <= 16 && g.width <= 16;
      if (drawn) {
        expect(screen.container.querySelectorAll('[aria-label^="Input channel"][role=grid]')).toHaveLength(
          g.channels,
        );
        // A layer of more than 8 filters draws the first 8 and says which are left out.
        expect(screen.container.querySelectorAll('[aria-label^="Output of filter"][role=grid]')).toHaveLength(
          Math.min(g.filters, 8),
        );
        if (g.filters > 8)
          expect(screen.container.querySelector('.notice')!.textContent).toContain(
            `filters 8–${g.filters - 1} of this layer's ${g.filters} are left out`,
          );
        else expect(screen.container.querySelector('.notice')).toBeNull();
        expect(
          screen.container.querySelectorAll('[aria-label^="Output of filter 0"] [role=gridcell]'),
        ).toHaveLength(g.outputHeight * g.outputWidth);
      } else {
        // Beyond the drawing limits the widget says so and still shows shapes and the step's arithmetic.
        expect(screen.container.querySelector('.notice')!.textContent).toContain(
          'drawn for up to 8 channels of 16×16',
        );
        expect(narration(screen.container).length).toBeGreaterThan(10);
      }
      // And the sections that start closed, once opened and loaded.
      await openSection(screen.container, /^Shapes/);
      await openSection(screen.container, 'Worked answer');
      expect(screen.container.textContent).not.toContain('NaN');
    },
  );
});

describe('stepping', () => {
  test('buttons and keys move through the steps and the narration follows', async () => {
    const onstepchange = vi.fn();
    const screen = await render(ConvStepper, { problem: cmu, onstepchange });
    await screen.getByRole('button', { name: 'Next step' }).click();
    expect(onstepchange).toHaveBeenLastCalledWith({ index: 1, length: 6 });
    expect(narration(screen.container)).toBe(stepOf(cmu, 1).sentence);
    const root = screen.container.querySelector<HTMLElement>('.dlviz-root')!;
    root.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(narration(screen.container)).toBe(stepOf(cmu, 2).sentence);
    await userEvent.keyboard('{ArrowLeft}');
    expect(narration(screen.container)).toBe(stepOf(cmu, 1).sentence);
    await userEvent.keyboard('{End}');
    expect(narration(screen.container)).toBe(stepOf(cmu, 5).sentence);
    await userEvent.keyboard('{Home}');
    expect(narration(screen.container)).toBe(stepOf(cmu, 0).sentence);
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('button', { name: 'Pause' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('on a narrow screen each step scrolls its stages to the window and the current cell', async () => {
    const host = document.createElement('div');
    host.style.width = '375px';
    document.body.append(host);
    const row = Array.from({ length: 16 }, (_, j) => j % 3);
    const wide: ConvProblemJson = {
      widget: 'conv',
      input: [Array.from({ length: 16 }, () => row)],
      kernels: [
        [
          [
            [1, 0],
            [0, 1],
          ],
        ],
      ],
      padding: 1,
    };
    const screen = await render(ConvStepper, { props: { problem: wide }, target: host });
    /** Whether the cell shows within its stage, once the stage is on screen (a stage off screen waits). */
    const shown = (selector: string) => {
      const cell = screen.container.querySelector(selector)!;
      const stage = cell.closest<HTMLElement>('.stage')!;
      stage.scrollIntoView({ block: 'nearest' });
      const [c, s] = [cell.getBoundingClientRect(), stage.getBoundingClientRect()];
      return stage.scrollWidth > stage.clientWidth && c.left >= s.left && c.right <= s.right;
    };
    screen.container.querySelector<HTMLElement>('.dlviz-root')!.focus();
    // Step 16 is output (0, 16), the last column, whose window is at the input's right edge.
    for (let i = 0; i < 16; i++) await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => shown('[aria-label^="Input channel 0"] [data-marked][data-col="15"]')).toBe(true);
    await expect.poll(() => shown('[aria-label^="Output of filter 0"] [aria-selected=true]')).toBe(true);
    // The next step starts the next row: back to the start, row labels and padding in view.
    await userEvent.keyboard('{ArrowRight}');
    const input = screen.container
      .querySelector('[aria-label^="Input channel 0"]')!
      .closest<HTMLElement>('.stage')!;
    input.scrollIntoView({ block: 'nearest' });
    await expect.poll(() => input.scrollLeft).toBe(0);
    host.remove();
  });

  test('the view option opens the backward routing, and "Copy link" says whether it is shown', async () => {
    const screen = await render(ConvStepper, { problem: duke, view: 'backward' });
    const routed = '[aria-label="Gradient routed back through the pool, filter 0"]';
    await expect.poll(() => screen.container.querySelector(routed)).not.toBeNull();
    await screen.getByRole('checkbox', { name: /backward pass/ }).click();
    expect(screen.container.querySelector(routed)).toBeNull();
    expect((await copiedLink(screen.container)).searchParams.has('view')).toBe(false);
  });

  test('the view group: hidden, the routing stays as the view option opened it; locked, it cannot be switched', async () => {
    const routed = '[aria-label="Gradient routed back through the pool, filter 0"]';
    const hidden = await render(ConvStepper, { problem: duke, view: 'backward', hide: 'view' });
    await expect.poll(() => hidden.container.querySelector(routed)).not.toBeNull();
    expect(hidden.getByRole('checkbox', { name: /backward pass/ }).query()).toBeNull();
    hidden.unmount();
    const locked = await render(ConvStepper, { problem: duke, lock: 'view' });
    await expect.element(locked.getByRole('checkbox', { name: /backward pass/ })).toBeDisabled();
  });

  test('pool steps show the window, its maximum and the backward routing', async () => {
    const screen = await render(ConvStepper, { problem: duke, initialStep: 16 });
    expect(narration(screen.container)).toBe(stepOf(duke, 16).sentence);
    expect(
      screen.container.querySelectorAll('[aria-label="Activation of filter 0"] [aria-label*="maximum"]'),
    ).toHaveLength(1);
    await screen.getByRole('checkbox', { name: /backward pass/ }).click();
    const gradient = screen.container.querySelector(
      '[aria-label="Gradient routed back through the pool, filter 0"]',
    )!;
    const values = [...gradient.querySelectorAll('[role=gridcell] text')].map((t) => t.textContent);
    // Max pooling: one 1 per 2×2 window, zeros elsewhere.
    expect(values.filter((v) => v === '1')).toHaveLength(4);
    expect(values.filter((v) => v === '0')).toHaveLength(12);
  });

  test('in predict mode the backward routing fills in as the windows are pooled', async () => {
    // Step 16 pools the first window: only its four cells are routed; the rest are not computed yet.
    const screen = await render(ConvStepper, {
      problem: duke,
      initialStep: 16,
      predict: true,
      view: 'backward',
    });
    const routed = '[aria-label="Gradient routed back through the pool, filter 0"]';
    await expect.poll(() => screen.container.querySelector(routed)).not.toBeNull();
    const names = [...screen.container.querySelectorAll(`${routed} [role=gridcell]`)].map((cell) =>
      cell.getAttribute('aria-label'),
    );
    expect(names.filter((name) => name!.endsWith('not computed yet'))).toHaveLength(12);
    expect(names.filter((name) => /: 1( |$)/.test(name!))).toHaveLength(1);
    expect(screen.container.textContent).toContain('the routing fills in as the windows are pooled');
  });

  test('a transposed output cell says how many products were scattered into it, one or several', async () => {
    // Stride 2, a 2×2 kernel of ones: each output cell receives one product; stride 1, up to four.
    const problem = (stride: number) =>
      ({
        widget: 'conv',
        input: [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        kernels: [
          [
            [
              [1, 1],
              [1, 1],
            ],
          ],
        ],
        stride,
        transposed: true,
      }) as ConvProblemJson;
    const collect = (p: ConvProblemJson) => {
      const trace = traceOf(p);
      return Array.from({ length: trace.length }, (_, i) => i).find((i) => trace.at(i).kind === 'collect')!;
    };
    /** The worked step's sum line at the `nth` output cell's collect step. */
    const sumLine = async (p: ConvProblemJson, nth: number) => {
      const screen = await render(ConvStepper, { problem: p, initialStep: collect(p) + nth });
      await openSection(screen.container, 'Worked answer');
      const text = screen.container.querySelector('.sum')!.textContent;
      screen.unmount();
      return text;
    };
    expect(await sumLine(problem(2), 3)).toContain('1 product scattered here is 2;');
    // The middle cell of the 3×3 output: 1 + 2 + 3 + 4.
    expect(await sumLine(problem(1), 4)).toContain('4 products scattered here sum to 10;');
  });

  test('transposed convolution scatters into running sums', async () => {
    const screen = await render(ConvStepper, { problem: preset('transposed-upsampling'), initialStep: 1 });
    expect(narration(screen.container)).toBe(stepOf(preset('transposed-upsampling'), 1).sentence);
    await expect
      .element(screen.getByRole('grid', { name: 'Running sums on the canvas, filter 0' }))
      .toBeVisible();
    // Step 1 scatters input (0, 1): its top row of products lands on the cropped row −1.
    await openSection(screen.container, 'Worked answer');
    expect(screen.container.querySelector('.targets .cropped')!.textContent).toBe(
      '(−1, 1) cropped by the padding',
    );
  });

  test('a transposed step lights only the kernel slice of the channel it scatters; pooling lights none', async () => {
    // Two input channels, one filter: step 9 is the first of channel 1's (3×3 cells each).
    const two: ConvProblemJson = {
      widget: 'conv',
      input: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        [
          [1, 0, 1],
          [0, 1, 0],
          [1, 0, 1],
        ],
      ],
      kernels: [
        [
          [
            [1, 0],
            [0, 1],
          ],
          [
            [2, 2],
            [2, 2],
          ],
        ],
      ],
      transposed: true,
      stride: 2,
      pool: { type: 'max', size: 2 },
    };
    const lit = (container: HTMLElement) =>
      [0, 1].map(
        (k) =>
          container.querySelectorAll(
            `[aria-label^="Filter 0, slice ${k}"] [role=gridcell][aria-label*="in the window"]`,
          ).length > 0,
      );
    const scatter = await render(ConvStepper, { problem: two, initialStep: 9 });
    expect(narration(scatter.container)).toMatch(/channel 1/);
    expect(lit(scatter.container)).toEqual([false, true]);
    scatter.unmount();
    const pooling = await render(ConvStepper, {
      problem: two,
      initialStep: stepOf(two, 0) && traceOf(two).length - 1,
    });
    expect(narration(pooling.container)).toMatch(/pool/i);
    expect(lit(pooling.container)).toEqual([false, false]);
    expect(pooling.container.textContent).not.toContain('(current)');
    // No padding and a max pool: the legend names the maximum, not padding.
    const legend = pooling.getByRole('list', { name: 'Legend' }).element().textContent!;
    expect(legend).toContain('maximum');
    expect(legend).not.toContain('padding');
  });

  test('a collected transposed output lights only the kernel taps its products used', async () => {
    // Stride 2: output (0, 1) gathers input (0, 0) · k(1, 2) and input (0, 1) · k(1, 0).
    const problem = preset('transposed-upsampling');
    const screen = await render(ConvStepper, { problem, initialStep: 5 });
    const step = stepOf(problem, 5);
    expect(step.kind === 'collect' && step.contributions.map((c) => [c.kernelRow, c.kernelColumn])).toEqual([
      [1, 2],
      [1, 0],
    ]);
    const lit = [
      ...screen.container.querySelectorAll('[aria-label^="Filter 0, slice 0"] [role=gridcell]'),
    ].filter((cell) => cell.getAttribute('aria-label')!.includes('in the window'));
    expect(lit.map((cell) => `${cell.getAttribute('data-row')},${cell.getAttribute('data-col')}`)).toEqual([
      '1,0',
      '1,2',
    ]);
  });

  test('in predict mode a click goes back to a cell, never ahead past the questions', async () => {
    const screen = await render(ConvStepper, { problem: duke, predict: true, initialStep: 3 });
    const cell = (row: number, col: number) =>
      screen.container.querySelector(
        `[aria-label="Activation of filter 0"] [data-row="${row}"][data-col="${col}"]`,
      )!;
    await userEvent.click(cell(2, 2));
    expect(narration(screen.container)).toBe(stepOf(duke, 3).sentence);
    await userEvent.click(cell(0, 1));
    await expect.poll(() => narration(screen.container)).toBe(stepOf(duke, 1).sentence);
  });

  test('the running sums cover the whole canvas, the border the padding crops dashed and named', async () => {
    // Step 0: input (0, 0) scatters its 3×3 products onto rows and columns −1 … 1 of the canvas.
    const screen = await render(ConvStepper, { problem: preset('transposed-upsampling') });
    const canvas = screen.getByRole('grid', { name: 'Running sums on the canvas, filter 0' });
    await expect.element(canvas).toBeVisible();
    const cells = [...canvas.element().querySelectorAll('[role=gridcell]')];
    // Rows and columns −1 … 3: padding 1 crops −1; output padding 1 gives back the last row and column.
    expect(cells).toHaveLength(25);
    const names = cells.map((c) => c.getAttribute('aria-label'));
    expect(names).toContain('Canvas, filter 0 (−1, −1): 1 (cropped by the padding, added to now)');
    expect(names).toContain('Canvas, filter 0 (0, 0): 1 (added to now)');
    expect(names).toContain('Canvas, filter 0 (3, 3): nothing added yet');
    expect(screen.container.textContent).toContain(
      'Dashed cells are cropped away: 1 row cropped at the top (padding 1), 0 at the bottom (padding 1 − output padding 1)',
    );
    expect(screen.getByRole('list', { name: 'Legend' }).element().textContent).toContain(
      'cropped by the padding',
    );
    // Once the scatters are done, each collect step marks the output cell it gathers.
    await screen.getByRole('button', { name: 'Last step' }).click();
    const gathered = () =>
      [...canvas.element().querySelectorAll('[role=gridcell]')]
        .map((c) => c.getAttribute('aria-label'))
        .filter((name) => name?.includes('gathered now'));
    await expect.poll(gathered).toHaveLength(1);
    expect(gathered()[0]).toMatch(/^Canvas, filter 0 \(3, 3\): [\d.−]+ \(gathered now\)$/);
  });

  test('clicking an output cell jumps to its step; hovering an input lights its outputs', async () => {
    const screen = await render(ConvStepper, { problem: cmu });
    const cell = screen.container.querySelector(
      '[aria-label="Output of filter 0"] [data-row="2"][data-col="1"]',
    )!;
    await userEvent.click(cell);
    expect(narration(screen.container)).toBe(stepOf(cmu, 5).sentence);
    await userEvent.hover(
      screen.container.querySelector('[aria-label^="Input channel 0"] [data-row="1"][data-col="1"]')!,
    );
    expect(
      screen.container.querySelectorAll(
        '[aria-label="Output of filter 0"] [aria-label*="linked to the hovered"]',
      ),
    ).toHaveLength(4);
    // From the first step, the outputs still to come are named as linked too, without a value.
    await screen.getByRole('button', { name: 'First step' }).click();
    await userEvent.hover(
      screen.container.querySelector('[aria-label^="Input channel 0"] [data-row="2"][data-col="1"]')!,
    );
    await expect
      .poll(() =>
        [
          ...screen.container.querySelectorAll(
            '[aria-label="Output of filter 0"] [aria-label*="linked to the hovered"]',
          ),
        ].map((c) => c.getAttribute('aria-label')),
      )
      .toContain('Output, filter 0 (2, 1): not computed yet (linked to the hovered cell)');
  });

  test('hovering a padding cell lights the outputs it feeds, and the cell itself', async () => {
    // Duke: padding 1, a 3×3 window at stride 1. The ring's top left corner feeds output (0, 0) only.
    const screen = await render(ConvStepper, { problem: duke, initialStep: 5 });
    const ring = screen.container.querySelector('[aria-label^="Input channel 0"] path.ring')!;
    // Forced: once pointed at, the corner is drawn over the outline, which playwright takes for a cover.
    await userEvent.hover(ring, { position: { x: 8, y: 8 }, force: true });
    await expect
      .poll(() =>
        [
          ...screen.container.querySelectorAll(
            '[aria-label^="Output of filter 0"] [aria-label*="linked to the hovered"]',
          ),
        ].map((c) => c.getAttribute('data-row') + ',' + c.getAttribute('data-col')),
      )
      .toEqual(['0,0']);
    // Lit, the corner is drawn as a cell of its own.
    expect(
      screen.container.querySelector('[aria-label^="Input channel 0"] g[data-row="-1"][data-col="-1"]'),
    ).not.toBeNull();
  });

  test('hovering a pooled cell lights its window on the map it pools', async () => {
    const screen = await render(ConvStepper, { problem: duke, initialStep: 19 });
    await userEvent.hover(
      screen.container.querySelector(
        '[aria-label="Pooled output of filter 0"] [data-row="1"][data-col="0"]',
      )!,
    );
    const linked = () =>
      [
        ...screen.container.querySelectorAll(
          '[aria-label="Activation of filter 0"] [aria-label*="linked to the hovered"]',
        ),
      ].map((c) => `${c.getAttribute('data-row')},${c.getAttribute('data-col')}`);
    // Duke: 2×2 windows at stride 2, so pooled (1, 0) pools rows 2–3, columns 0–1.
    await expect.poll(linked).toEqual(['2,0', '2,1', '3,0', '3,1']);
  });

  test("a max pool's maps show the digits that tell each window's maximum from the rest", async () => {
    // Sigmoids of 8.5 and 8, 0.999797 and 0.999665: both "1" at the grids' three digits.
    const problem = {
      widget: 'conv',
      input: [
        [
          [8.5, 8],
          [0, 1],
        ],
      ],
      kernels: [[[[1]]]],
      activation: { type: 'sigmoid' },
      pool: { type: 'max', size: 2 },
    } as ConvProblemJson;
    const screen = await render(ConvStepper, { problem, initialStep: 4 });
    const texts = (label: string) =>
      [...screen.container.querySelectorAll(`[aria-label="${label}"] [role=gridcell] text`)].map(
        (t) => t.textContent,
      );
    expect(texts('Activation of filter 0')).toEqual(['0.9998', '0.9997', '0.5', '0.7311']);
    expect(texts('Pooled output of filter 0')).toEqual(['0.9998']);
    // The output before the activation is not pooled: its three digits stay.
    expect(texts('Output of filter 0 before the activation')).toEqual(['8.5', '8', '0', '1']);
    // An average pool has no maximum to tell apart.
    await screen.rerender({ problem: { ...problem, pool: { type: 'avg', size: 2 } } });
    expect(texts('Activation of filter 0')).toEqual(['1', '1', '0.5', '0.731']);
  });

  test('without an activation to show, the pooling window is drawn on the output it slides over', async () => {
    const problem = { ...duke, activation: { type: 'identity' } } as ConvProblemJson;
    const screen = await render(ConvStepper, { problem, initialStep: 16 });
    expect(screen.container.querySelector('[aria-label^="Activation of filter 0"]')).toBeNull();
    expect(
      screen.container.querySelectorAll('[aria-label="Output of filter 0"] [aria-label*="maximum"]'),
    ).toHaveLength(1);
  });

  test('sums are written as people write them: no "+ −", padding rows with a true minus', async () => {
    const screen = await render(ConvStepper, { problem: duke });
    const text = screen.container.textContent ?? '';
    expect(text).toContain('rows −1 to 1, columns −1 to 1');
    await openSection(screen.container, 'Worked answer');
    for (let k = 0; k < 16; k++) {
      const sum = screen.container.querySelector('.sum')?.textContent ?? '';
      expect(sum).toMatch(/\(bias\) =/);
      expect(sum).not.toMatch(/\+ −/);
      await screen.getByRole('button', { name: 'Next step' }).click();
    }
  });

  test('keyboard focus lights what hovering does: an input cell its outputs, an output cell its window', async () => {
    const screen = await render(ConvStepper, { problem: cmu, initialStep: 100 });
    const input = screen.container.querySelector<SVGGElement>(
      '[aria-label^="Input channel 0"] [role=gridcell][tabindex="0"]',
    )!;
    input.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    await expect
      .poll(
        () =>
          screen.container.querySelectorAll(
            '[aria-label="Output of filter 0"] [aria-label*="linked to the hovered"]',
          ).length,
      )
      .toBe(4);
    screen.container
      .querySelector<SVGGElement>('[aria-label="Output of filter 0"] [role=gridcell][tabindex="0"]')!
      .focus();
    // Output (0, 0) of a 2×2 filter: a 2×2 window on the input.
    await expect
      .poll(
        () =>
          screen.container.querySelectorAll(
            '[aria-label^="Input channel 0"] [aria-label*="linked to the hovered"]',
          ).length,
      )
      .toBe(4);
  });
});

describe('editing', () => {
  /** Opens the editor of input channel 0's cell (0, 0) from the keyboard, and returns its field. */
  async function editFirstInput(screen: Awaited<ReturnType<typeof render>>) {
    screen.container
      .querySelector<HTMLElement>('[aria-label^="Input channel 0"] [data-row="0"][data-col="0"]')!
      .focus();
    await userEvent.keyboard('{Enter}');
    return screen.getByRole('textbox', { name: /Edit Input channel 0 \(0, 0\)/ });
  }

  test('editing an input value redraws and emits problemchange', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(ConvStepper, { problem: cmu, onproblemchange });
    const field = await editFirstInput(screen);
    await field.fill('4');
    await userEvent.keyboard('{Enter}');
    const changed = onproblemchange.mock.lastCall![0];
    expect(changed.input[0][0][0]).toBe(4);
    expect(narration(screen.container)).toBe(stepOf(changed, 0).sentence);
  });

  test('a value past the problem format bound is refused in place, keeping the focus and the drawing', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(ConvStepper, { problem: cmu, onproblemchange });
    const field = await editFirstInput(screen);
    await field.fill('1e308');
    await userEvent.keyboard('{Enter}');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(screen.getByText('Must be at most 10⁹')).toBeVisible();
    expect(document.activeElement).toBe(field.element());
    expect(onproblemchange).not.toHaveBeenCalled();
    expect(screen.container.querySelector('.error-panel')).toBeNull();
    // The bias field holds the same bound.
    const bias = screen.getByRole('textbox', { name: 'Bias of filter 0' });
    await bias.fill('-5e9');
    await userEvent.keyboard('{Enter}');
    const message = screen.getByText('Must be at least −10⁹').element();
    await expect.element(message).toBeVisible();
    // All of it in view, not clipped by the stage that scrolls the filters.
    const stage = message.closest('section')!.getBoundingClientRect();
    expect(message.getBoundingClientRect().bottom).toBeLessThanOrEqual(stage.bottom);
    expect(onproblemchange).not.toHaveBeenCalled();
  });

  test('resizing keeps the values that still fit; random keeps the shape and shows its seed', async () => {
    const { screen, onproblemchange } = await withSettings(cmu);
    const width = screen.getByRole('spinbutton', { name: /W: input width/ });
    await enter(width, '2');
    expect(onproblemchange.mock.lastCall![0].input).toEqual([
      [
        [1, 2],
        [0, 3],
        [2, 1],
        [3, 0],
      ],
    ]);
    const filters = screen.getByRole('spinbutton', { name: /F: filters/ }).element();
    const filtersBefore = filters.getBoundingClientRect().left;
    await enter(width, '40');
    await expect.element(screen.getByText('input width is 1 to 16 here')).toBeVisible();
    // The note sits under its field, which stays in line with the size before it (H, on its left)
    // and wraps within its field's width: the size after it (F) stays where it was.
    const height = screen
      .getByRole('spinbutton', { name: /H: input height/ })
      .element()
      .getBoundingClientRect();
    const noted = width.element().getBoundingClientRect();
    expect(height.right).toBeLessThan(noted.left);
    expect(noted.top).toBe(height.top);
    expect(filters.getBoundingClientRect().left).toBe(filtersBefore);
    await screen.getByRole('button', { name: /Random/ }).click();
    await expect.element(screen.getByRole('button', { name: /Random seed 1/ })).toBeVisible();
    expect(onproblemchange.mock.lastCall![0].input[0]).toHaveLength(4);
    // The seed names the draw on screen: once a preset replaces it, it goes.
    await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('blur');
    await expect.element(screen.getByRole('button', { name: /seed/ })).not.toBeInTheDocument();
  });

  test('groups that do not divide C and F are refused with a reason; a new C that breaks them says so', async () => {
    // Duke: C = 2, F = 1.
    const { screen, onproblemchange } = await withSettings(duke);
    const groups = screen.getByRole('spinbutton', { name: /g: groups/ });
    await enter(groups, '2');
    await expect.element(screen.getByText('g = 2 must divide C = 2 and F = 1')).toBeVisible();
    await expect.element(groups).toHaveValue(1);
    expect(onproblemchange).not.toHaveBeenCalled();
    // With two filters, two groups fit, and the reason given for refusing them goes.
    const filters = screen.getByRole('spinbutton', { name: /F: filters/ });
    await enter(filters, '2');
    await expect.element(screen.getByText('g = 2 must divide C = 2 and F = 1')).not.toBeInTheDocument();
    await enter(groups, '2');
    expect(onproblemchange.mock.lastCall![0].groups).toBe(2);
    const channels = screen.getByRole('spinbutton', { name: /C: input channels/ });
    await enter(channels, '3');
    expect(onproblemchange.mock.lastCall![0].groups).toBeUndefined();
    await expect
      .element(screen.getByText('Groups back to 1: 2 does not divide C = 3 and F = 2.'))
      .toBeVisible();
    await expect.element(groups).toHaveValue(1);
  });

  test('a size that is not a whole number is refused, not rounded; typing again clears the note', async () => {
    const { screen, onproblemchange } = await withSettings(duke);
    const height = screen.getByRole('spinbutton', { name: /H: input height/ });
    await enter(height, '2.5');
    await expect.element(screen.getByText('input height is a whole number, 1 to 16')).toBeVisible();
    await expect.element(height).toHaveValue(4);
    expect(onproblemchange).not.toHaveBeenCalled();
    // The value it holds, typed again: no change for the problem, but the note was about 2.5.
    await enter(height, '4');
    await expect.element(screen.getByText(/whole number/)).not.toBeInTheDocument();
    // So too a refused number of groups, typed again as the groups there are.
    const groups = screen.getByRole('spinbutton', { name: /g: groups/ });
    await enter(groups, '2');
    await expect.element(screen.getByText('g = 2 must divide C = 2 and F = 1')).toBeVisible();
    await enter(groups, '1');
    await expect.element(screen.getByText('g = 2 must divide C = 2 and F = 1')).not.toBeInTheDocument();
    expect(onproblemchange).not.toHaveBeenCalled();
  });

  test('output padding goes up to the stride or the dilation less one; a smaller stride lowers it', async () => {
    const problem: ConvProblemJson = {
      widget: 'conv',
      input: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      kernels: [
        [
          [
            [1, -1],
            [2, 0],
          ],
        ],
      ],
      transposed: true,
      stride: [2, 1],
    };
    const { screen, onproblemchange } = await withSettings(problem);
    // The sliding window's settings are labelled in words, as the pooling's are.
    const sliding = [...screen.container.querySelectorAll('fieldset')].find((f) =>
      f.querySelector('legend')?.textContent?.startsWith('Sliding'),
    )!;
    expect([...sliding.querySelectorAll('label [aria-hidden]')].map((l) => l.textContent)).toEqual([
      'stride rows',
      'stride columns',
      'padding rows',
      'padding columns',
      'dilation rows',
      'dilation columns',
    ]);
    const rows = screen.getByRole('spinbutton', {
      name: 'output padding rows: output padding of rows, 0 to 1',
    });
    await expect
      .element(
        screen.getByRole('spinbutton', { name: 'output padding columns: output padding of columns, 0 to 0' }),
      )
      .toBeVisible();
    // Past the range, the largest value PyTorch takes, said in place of the drawing being lost.
    await enter(rows, '5');
    await expect.element(screen.getByText('output padding of rows is 0 to 1 here')).toBeVisible();
    expect(onproblemchange.mock.lastCall![0].outputPadding).toEqual([1, 0]);
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
    // A stride of 1 along rows takes no output padding there: it goes back to 0, the problem valid.
    await enter(screen.getByRole('spinbutton', { name: /stride rows: stride along rows/ }), '1');
    expect(onproblemchange.mock.lastCall![0].stride).toBeUndefined();
    expect(onproblemchange.mock.lastCall![0].outputPadding).toBeUndefined();
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  });

  test('hide and lock control groups', async () => {
    const screen = await render(ConvStepper, { problem: cmu, hide: 'presets worked', lock: 'steps edit' });
    expect(screen.getByRole('combobox', { name: 'Preset' }).query()).toBeNull();
    expect(screen.getByText('Worked answer', { exact: true }).query()).toBeNull();
    await expect.element(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    const cell = screen.container.querySelector<HTMLElement>(
      '[aria-label^="Input channel 0"] [data-row="0"][data-col="0"]',
    )!;
    cell.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.container.querySelector('foreignObject')).toBeNull();
    // Locked steps stay put when a computed cell is clicked, too.
    const before = narration(screen.container);
    await userEvent.click(
      screen.container.querySelector('[aria-label="Output of filter 0"] [data-row="2"][data-col="1"]')!,
    );
    expect(narration(screen.container)).toBe(before);
    const hidden = await render(ConvStepper, { problem: cmu, hide: 'edit' });
    const summaries = [...hidden.container.querySelectorAll('summary')].map((s) => s.textContent ?? '');
    expect(summaries.some((text) => text.includes('Layer settings'))).toBe(false);
  });
});

describe('layer settings', () => {
  test('come after the presets and menus in the tab order, as they do on screen', async () => {
    const screen = await render(ConvStepper, { problem: cmu });
    const summaries = [...screen.container.querySelectorAll('summary')];
    const settings = summaries.find((s) => s.textContent?.includes('Layer settings'))!;
    const exportMenu = summaries.find((s) => s.textContent?.includes('Export'))!;
    const preset = screen.getByRole('combobox', { name: 'Preset' }).element();
    expect(preset.compareDocumentPosition(settings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(exportMenu.compareDocumentPosition(settings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(settings.getBoundingClientRect().top).toBeGreaterThan(preset.getBoundingClientRect().bottom);
  });
});

describe('settings beyond their ranges', () => {
  test("a preset's sizes beyond the fields' ranges are held, said, and not called invalid", async () => {
    const screen = await render(ConvStepper, { problem: preset('duke-q4-1x1-parameters') });
    await openSection(screen.container, 'Layer settings');
    const channels = screen.getByRole('spinbutton', { name: /C: input channels/ });
    await expect.element(channels).toHaveValue(16);
    expect((channels.element() as HTMLInputElement).validity.valid).toBe(true);
    await expect
      .element(
        screen.getByText(/This layer's C = 16, H = 64, W = 64 are beyond the sizes set and drawn here/),
      )
      .toBeVisible();
  });
});

describe('errors', () => {
  test('an invalid object shows the path, emits error, and fixing it restores the drawing', async () => {
    const onerror = vi.fn();
    const bad = { ...cmu, paddding: 1 };
    const screen = await render(ConvStepper, { problem: bad, onerror });
    await expect.element(screen.getByRole('alert')).toHaveTextContent('paddding');
    expect(screen.container.querySelector('.drawing [role=grid]')).toBeNull();
    expect(onerror).toHaveBeenCalled();
    expect(onerror.mock.lastCall![0][0].path).toBe('paddding');
    const text = screen.getByRole('textbox', { name: 'Problem JSON' });
    await text.fill(JSON.stringify(cmu));
    await screen.getByRole('button', { name: 'Apply the JSON' }).click();
    await expect.element(screen.getByRole('grid', { name: 'Input channel 0', exact: true })).toBeVisible();
  });

  test('bad JSON text names its place; a kernel too large for its input names the path', async () => {
    const onerror = vi.fn();
    const screen = await render(ConvStepper, { problem: '{"widget": "conv", "input": [[[1, 2]]', onerror });
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/line 1/);
    expect(onerror).toHaveBeenCalled();
    const large = await render(ConvStepper, {
      problem: {
        ...cmu,
        kernels: [
          [
            [
              [1, 1, 1, 1],
              [1, 1, 1, 1],
            ],
          ],
        ],
      },
    });
    const alert = large.container.querySelector('[role=alert]')!;
    expect(alert.textContent).toMatch(/kernels/);
    // The sizes can still be fixed from the settings.
    await expect.element(large.getByText('Layer settings')).toBeVisible();
  });
});

describe('predict mode', () => {
  test('asks for the next output before showing it', async () => {
    const screen = await render(ConvStepper, { problem: cmu, predict: true });
    const next = stepOf(cmu, 1);
    await expect.element(screen.getByText(/What is filter 0's output at \(0, 1\)/)).toBeVisible();
    await screen
      .getByRole('textbox', { name: 'Your prediction' })
      .fill(String(next.kind === 'window' ? next.output : 0));
    await screen.getByRole('button', { name: 'Check' }).click();
    await expect.element(screen.getByText(/Correct/)).toBeVisible();
    await screen.getByRole('button', { name: 'Continue' }).click();
    expect(narration(screen.container)).toBe(next.sentence);
  });
});

describe('accessibility', () => {
  test.each(['light', 'dark'] as const)('axe: default state (%s)', async (theme) => {
    const screen = await render(ConvStepper, { problem: duke, theme });
    expect(await axeViolations(screen.container)).toEqual([]);
    // And with the parts that load on demand open.
    await openSection(screen.container, /^Shapes/);
    await openSection(screen.container, 'Worked answer');
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  test('axe: error and predict states', async () => {
    const error = await render(ConvStepper, { problem: '{"widget": "conv"' });
    expect(await axeViolations(error.container)).toEqual([]);
    const predicting = await render(ConvStepper, { problem: cmu, predict: true });
    // The prompt's code loads on demand: check the page with the prompt on it.
    await expect.element(predicting.getByRole('textbox', { name: 'Your prediction' })).toBeVisible();
    expect(await axeViolations(predicting.container)).toEqual([]);
  });
});
