import { copiedLink } from '@dlviz/build-config/copied-link';
import { openSection } from '@dlviz/build-config/open-section';
import { backpropPresets, backpropTrace, type BackpropProblem } from '@dlviz/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import BackpropGraph from '../src/BackpropGraph.svelte';
import ViewHost from '@dlviz/build-config/view-host';
import { expectAccessible, expectNoNaN, narration } from './helpers.js';

const duke = backpropPresets.find((p) => p.id === 'duke-q9-leaky-mlp')!.problem;
const dukeTrace = backpropTrace(duke);
const sentence = (i: number) => dukeTrace.at(i).sentence;
// Wide enough that formulas fit their panels (see the report on @dlviz/ui's Formula scrolling).
beforeEach(async () => {
  await page.viewport(1280, 900);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const svg = (root: Element) => root.querySelector('svg[data-view]')!;

describe('rendering', () => {
  test('default render: the Duke network, first forward step narrated, axe clean', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    const drawing = svg(screen.container);
    // 2 inputs + 3 + 2 units + the loss; 2·3 + 3·2 weights + 2 edges into the loss.
    expect(drawing.querySelectorAll('.node')).toHaveLength(8);
    expect(drawing.querySelectorAll('.edge')).toHaveLength(14);
    expect(narration(screen.container)).toBe(sentence(0));
    // Opened on a preset's problem, the menu names the preset.
    await expect.element(screen.getByRole('combobox', { name: 'Preset' })).toHaveValue('duke-q9-leaky-mlp');
    expect(drawing.querySelector('[data-node="unit:0:0"]')!.getAttribute('data-states')).toBe('active');
    expectNoNaN(screen.container);
    // The network settings load on demand: check them too.
    await openSection(screen.container, 'Network settings');
    await expectAccessible(screen.container);
  });

  test('Random draws new numbers from a seed shown while the draw is on screen', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: duke, onproblemchange });
    // A preset was not drawn from a seed.
    expect(screen.container.querySelector('.seed')).toBeNull();
    await screen.getByRole('button', { name: /^Random/ }).click();
    await expect.element(screen.getByRole('button', { name: /^Random seed \d+/ })).toBeVisible();
    expect(onproblemchange).toHaveBeenCalledTimes(1);
    expect(onproblemchange.mock.lastCall![0].layers).toHaveLength(duke.layers.length);
    await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('duke-q9-leaky-mlp');
    await expect.element(screen.getByRole('button', { name: /seed/ })).not.toBeInTheDocument();
  });

  test.each(backpropPresets.map((p) => [p.id, p.problem] as const))(
    'preset %s renders every unit and weight, no NaN',
    async (_, problem) => {
      const screen = await render(BackpropGraph, { problem, initialStep: 10_000 });
      const widths = [problem.input.length, ...problem.layers.map((l) => l.bias.length)];
      const units = widths.reduce((s, w) => s + w, 0) + 1;
      const weights = problem.layers.reduce((s, l) => s + l.bias.length * l.weights[0]!.length, 0);
      const drawing = svg(screen.container);
      expect(drawing.querySelectorAll('.node')).toHaveLength(units);
      expect(drawing.querySelectorAll('.edge')).toHaveLength(weights + widths[widths.length - 1]!);
      expect(screen.container.querySelectorAll('[role=grid]')).toHaveLength(2 + 2 * problem.layers.length);
      expectNoNaN(screen.container);
      // And the worked answer, which starts closed, once opened and loaded.
      await openSection(screen.container, 'Worked answer');
      expectNoNaN(screen.container);
    },
  );

  // Measured as Chromium draws them, at the last step, which shows every text a step ever adds (the
  // biases' updates last) where it stays: no two things' texts touch, none reads as another's.
  test.each(
    backpropPresets.flatMap(({ id, problem }) =>
      (['Neurons', 'Graph'] as const).map((view) => [id, view, problem] as const),
    ),
  )(
    '%s, %s view: at the last step no two texts of different things come within 3 px',
    async (_, view, problem) => {
      const screen = await render(BackpropGraph, { problem, initialStep: 10_000 });
      await screen.getByRole('button', { name: view }).click();
      const texts = [...svg(screen.container).querySelectorAll('.nodes text, .edge-labels tspan')].map(
        (t) => ({
          owner: t.closest('[data-node]')?.getAttribute('data-node') ?? t.parentElement,
          text: t.textContent,
          box: t.getBoundingClientRect(),
        }),
      );
      const near: string[] = [];
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          const gap = Math.max(
            a.box.left - b.box.right,
            b.box.left - a.box.right,
            a.box.top - b.box.bottom,
            b.box.top - a.box.bottom,
          );
          if (a.owner !== b.owner && gap < 3) near.push(`${a.text} / ${b.text}: ${gap.toFixed(1)} px`);
        }),
      );
      expect(near).toEqual([]);
    },
  );

  test('the graph view splits each unit into its operations: multiply, add, activation', async () => {
    // Layer 1, unit 1 through its activation: z < 0, so LeakyReLU′ = 0.5.
    const index = [...Array(dukeTrace.length).keys()].find((i) => {
      const step = dukeTrace.at(i);
      return step.kind === 'node' && step.layer === 1 && step.unit === 1;
    })!;
    const screen = await render(BackpropGraph, { problem: duke, initialStep: index });
    const views = [...screen.container.querySelectorAll<HTMLElement>('.choices button')];
    const widths = () => views.map((b) => b.getBoundingClientRect().width);
    const before = widths();
    await screen.getByRole('button', { name: 'Graph' }).click();
    // Pressing a view moves the thick frame, without resizing either button (nor the toolbar's rows).
    expect(widths()).toEqual(before);
    const drawing = svg(screen.container);
    expect(drawing.getAttribute('data-view')).toBe('graph');
    for (const operation of ['multiply', 'add', 'activation'])
      expect(drawing.querySelectorAll(`[data-node^="${operation}:"]`)).toHaveLength(5);
    // Each shows its output: W·a, then z = W·a + b (unit 0 of layer 0: −0.5·1 + 0·2 = −0.5, + 2.5 = 2).
    expect(drawing.querySelector('[data-node="multiply:0:0"] .value')?.textContent).toBe('−0.5');
    expect(drawing.querySelector('[data-node="add:0:0"] .value')?.textContent).toBe('2');
    expect(drawing.querySelector('[data-node="add:0:0"] .above')?.textContent).toContain('+ b 2.5');
    // Adding the bias passes the gradient on unchanged: ×1 on the edge from the multiply.
    expect(drawing.querySelector('[data-edge="add:1:1"]')).not.toBeNull();
    expect(drawing.textContent).toContain('×1');
    // The loss to the narration's precision, where a unit's four digits would round it to 11.13.
    expect(drawing.querySelector('[data-node^="loss:"] .value')?.textContent).toBe('11.125');
    // The local derivative LeakyReLU′ shows on the edge from z to a.
    expect(drawing.querySelector('[data-edge="local:1:1"]')).not.toBeNull();
    expect(drawing.textContent).toContain('×0.5');
    await expect
      .element(screen.getByRole('button', { name: 'Graph' }))
      .toHaveAttribute('aria-pressed', 'true');
  });
});

describe('the parameter grids', () => {
  test('each pair of grids is captioned with what the exams name it', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    const captions = [...screen.container.querySelectorAll('.grids .note')].map((c) => c.textContent);
    expect(captions).toEqual(['Input x, target t', 'Layer 0: W[0], b[0]', 'Layer 1: W[1], b[1]']);
    for (const caption of screen.container.querySelectorAll('.grids .note'))
      expect(caption.checkVisibility()).toBe(true);
  });
});

describe('stepping', () => {
  test('buttons and keys step, narrate and emit stepchange', async () => {
    const onstepchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: duke, onstepchange });
    await screen.getByRole('button', { name: 'Next step' }).click();
    expect(onstepchange).toHaveBeenLastCalledWith({ index: 1, length: dukeTrace.length });
    expect(narration(screen.container)).toBe(sentence(1));
    const root = screen.container.querySelector<HTMLElement>('.frame')!;
    root.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(narration(screen.container)).toBe(sentence(2));
    await userEvent.keyboard('{ArrowLeft}');
    expect(narration(screen.container)).toBe(sentence(1));
    await userEvent.keyboard('{End}');
    expect(narration(screen.container)).toBe(sentence(dukeTrace.length - 1));
    await userEvent.keyboard('{Home}');
    expect(narration(screen.container)).toBe(sentence(0));
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('button', { name: 'Pause' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('the backward pass shows LeakyReLU′ = 0.5 and why, and gradients on edges', async () => {
    const index = [...Array(dukeTrace.length).keys()].find((i) => {
      const step = dukeTrace.at(i);
      return step.kind === 'node' && step.z < 0;
    })!;
    const screen = await render(BackpropGraph, { problem: duke, initialStep: index });
    expect(narration(screen.container)).toContain("LeakyReLU(0.5)' = 0.5 because z ≤ 0");
    // The worked answer starts closed (the narration says the step) and loads when opened.
    expect(screen.container.querySelector('details.worked')!.hasAttribute('open')).toBe(false);
    await openSection(screen.container, 'Worked answer');
    await expect.element(screen.getByText(/Why: LeakyReLU\(0\.5\)' = 0\.5/)).toBeVisible();
    const end = await render(BackpropGraph, { problem: duke, initialStep: dukeTrace.length - 1 });
    const edge = svg(end.container).querySelector('[data-edge="w:0:1:0"] line:not(.band)')!;
    // |∂L/∂W[0][1][0]| = 4 is drawn wider than a hairline, dashed as it is negative.
    expect(Number(edge.getAttribute('stroke-width'))).toBeGreaterThan(2);
    expect(edge.getAttribute('stroke-dasharray')).toBe('7 4');
    expect(svg(end.container).textContent).toContain('∂ −4');
    expect(svg(end.container).textContent).toContain('→ 0.9');
  });
});

describe('the view option', () => {
  test('opens the view and chain rule it names, and "Copy link" carries what is on screen', async () => {
    const screen = await render(BackpropGraph, { problem: duke, view: 'graph,W[0][1][0]' });
    await expect
      .element(screen.getByRole('button', { name: 'Graph' }))
      .toHaveAttribute('aria-pressed', 'true');
    await expect.element(screen.getByRole('combobox', { name: 'for' })).toHaveValue('w:0:1:0');
    // The reader changes both; the link says what is shown now.
    await screen.getByRole('button', { name: 'Neurons' }).click();
    await screen.getByRole('combobox', { name: 'for' }).selectOptions('b[1][0]');
    expect((await copiedLink(screen.container)).searchParams.get('view')).toBe('neurons,b[1][0]');
  });

  test("a host that passes the same view again, from a new object, keeps the reader's choice", async () => {
    const screen = await render(ViewHost, { widget: BackpropGraph, problem: duke, view: 'graph' });
    await screen.getByRole('button', { name: 'Neurons' }).click();
    // Random reports a new problem; the host rebuilds its state object, view text unchanged.
    await screen.getByRole('button', { name: /^Random/ }).click();
    await expect.element(screen.getByRole('button', { name: /^Random seed/ })).toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'Neurons' }))
      .toHaveAttribute('aria-pressed', 'true');
  });
});

describe('the gradient size per layer', () => {
  test('until the chart is drawn, its room is a frame as tall as the chart, with the note inside', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    const note = screen.getByText(/plotted once the backward pass reaches layer 0/).element();
    const style = getComputedStyle(note);
    expect(style.borderTopStyle).toBe('dashed');
    expect(note.getBoundingClientRect().height).toBeGreaterThanOrEqual(150);
  });

  test('gradients whose squares overflow still get their norm and a bar, no NaN', async () => {
    const problem: BackpropProblem = {
      widget: 'backprop',
      input: [1e155],
      target: [0],
      layers: [{ weights: [[1e-5]], bias: [0], activation: { type: 'identity' } }],
      loss: { type: 'mse', reduction: 'halfSum' },
    } as BackpropProblem;
    const screen = await render(BackpropGraph, { problem, initialStep: backpropTrace(problem).length - 1 });
    const chart = screen.getByRole('img', { name: /^layer 0: / });
    await expect.element(chart).toBeVisible();
    // ∂L/∂W = (1e150 − 0)·1e155 = 1e305, finite: its square is not.
    expect(chart.element().getAttribute('aria-label')).toBe('layer 0: 10³⁰⁵');
    expect(chart.element().querySelector('.bar')).not.toBeNull();
    expectNoNaN(screen.container);
  });

  test('an output that already matches its target is said to be why no layer gets a gradient', async () => {
    // 2·1 + 0 = 2, the target.
    const problem = {
      widget: 'backprop',
      input: [1],
      target: [2],
      layers: [{ weights: [[2]], bias: [0], activation: { type: 'identity' } }],
      loss: { type: 'mse', reduction: 'mean' },
    } as BackpropProblem;
    const screen = await render(BackpropGraph, { problem, initialStep: backpropTrace(problem).length - 1 });
    await expect
      .element(screen.getByText(/Layer 0 gets no gradient: the output already matches the target/))
      .toBeVisible();
  });
});

/** Whether the drawn item `selector` finds lies whole within the region's box, as scrolled. */
function wholeIn(region: HTMLElement, selector: string): boolean {
  const item = region.querySelector(selector)!.getBoundingClientRect();
  const frame = region.getBoundingClientRect();
  return item.left >= frame.left && item.right <= frame.right;
}

describe('a network wider than its box', () => {
  test("each step scrolls the drawing to the step's result", async () => {
    await page.viewport(420, 900);
    const problem = backpropPresets.find((p) => p.id === 'vanishing-sigmoid')!.problem;
    const screen = await render(BackpropGraph, { problem });
    const region = screen.getByRole('region', { name: 'Network drawing' }).element() as HTMLElement;
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    const start = region.scrollLeft;
    // The loss, at the far right, is the result of the step after the forward pass.
    const lossStep = backpropTrace(problem).sections.find((s) => s.kind === 'loss')!.start;
    for (let i = 0; i < lossStep; i++)
      await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await expect.poll(() => wholeIn(region, '.node[data-states~="active"]')).toBe(true);
    expect(region.scrollLeft).toBeGreaterThan(start);
  });

  test('a step too wide to show with what it reads is scrolled the same way coming back to it', async () => {
    // On a phone, the Stanford network's 3-3 layer is wider than the screen: a unit's forward step
    // cannot show its inputs too, so its result goes to the right, its inputs' side in view. Coming
    // back from the loss (further right), it went to the left edge instead, its inputs all hidden.
    await page.viewport(375, 900);
    const problem = backpropPresets.find((p) => p.id === 'stanford-softplus-softmax')!.problem;
    const lossStep = backpropTrace(problem).sections.find((s) => s.kind === 'loss')!.start;
    const screen = await render(BackpropGraph, { problem, initialStep: lossStep - 2 });
    const region = screen.getByRole('region', { name: 'Network drawing' }).element() as HTMLElement;
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await expect.poll(() => wholeIn(region, '.node[data-states~="active"]')).toBe(true);
    const forward = region.scrollLeft;
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await expect.poll(() => region.scrollLeft).toBeGreaterThan(forward);
    await userEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    await expect.poll(() => region.scrollLeft).toBe(forward);
    expect(wholeIn(region, '.node[data-states~="active"]')).toBe(true);
  });

  test("a weight's update is on its edge: the step scrolls to the edge, where no node is marked", async () => {
    await page.viewport(420, 900);
    const problem = backpropPresets.find((p) => p.id === 'vanishing-sigmoid')!.problem;
    const trace = backpropTrace(problem);
    // The first update step of layer 4, far to the right: W[4][0][0], its only mark.
    const section = trace.sections.find((s) => s.kind === 'update' && s.layer === 4)!;
    const screen = await render(BackpropGraph, { problem, view: 'graph', initialStep: section.start });
    const region = screen.getByRole('region', { name: 'Network drawing' }).element() as HTMLElement;
    const frame = region.getBoundingClientRect();
    const seen = () => {
      const box = region.querySelector('[data-edge="w:4:0:0"] .band')!.getBoundingClientRect();
      const middle = (box.left + box.right) / 2;
      return middle > frame.left && middle < frame.right;
    };
    await expect.poll(seen).toBe(true);
  });
});

describe('chain rule', () => {
  test('W[0][1][0] of the Duke network: two paths summed, then the update', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    await screen.getByRole('combobox', { name: 'for' }).selectOptions('W[0][1][0]');
    // The chain rule's code loads when a parameter is first chosen.
    await expect.element(screen.getByRole('region', { name: 'Chain rule formulas' })).toBeVisible();
    const summary = screen.container.querySelector('.summary')!;
    expect(summary.textContent).toBe('W[0][1][0]: 2 paths from the loss, gradient −4, updated to 0.9.');
    expect(screen.container.querySelectorAll('.paths li')).toHaveLength(2);
    // Each path on two lines, all of it in view: the box scrolls neither way where it fits.
    const formulas = screen.getByRole('region', { name: 'Chain rule formulas' }).element();
    await expect.poll(() => formulas.querySelectorAll('.paths math').length).toBe(2);
    expect(formulas.scrollHeight).toBeLessThanOrEqual(formulas.clientHeight);
    // Both paths run through a[0][1] and one output each: the edges W[1][0][1] and W[1][1][1] are banded.
    const drawing = svg(screen.container);
    expect(drawing.querySelector('[data-edge="w:1:0:1"] .band')).not.toBeNull();
    expect(drawing.querySelector('[data-edge="w:1:1:1"] .band')).not.toBeNull();
    expect(drawing.querySelector('[data-edge="w:1:0:0"] .band')).toBeNull();
  });

  test('on a 375 px phone a path’s first line wraps between its derivatives instead of scrolling sideways', async () => {
    await page.viewport(375, 900);
    const screen = await render(BackpropGraph, { problem: duke, view: 'neurons,W[0][1][0]' });
    const region = screen.getByRole('region', { name: 'Chain rule formulas' });
    await expect.element(region).toBeVisible();
    const formulas = region.element();
    await expect.poll(() => formulas.querySelectorAll('.paths math').length).toBe(2);
    // The five fractions of W[0][1][0]'s paths are wider together than the box: the last ones start
    // a second row, under the first, as many to a row as the math font's widths allow.
    const fractions = [...formulas.querySelectorAll('.paths li:first-child mfrac')].map((f) =>
      f.getBoundingClientRect(),
    );
    expect(fractions).toHaveLength(5);
    expect(fractions[4]!.top).toBeGreaterThanOrEqual(fractions[0]!.bottom);
    expect(formulas.scrollWidth).toBeLessThanOrEqual(formulas.clientWidth);
  });

  test('on a 320 px phone a step whose left side is a fraction fits: its right sides go under it', async () => {
    await page.viewport(320, 900);
    // Duke, step 12: ∂L/∂a[0][0] = Σⱼ W[1][j][0] ∂L/∂z[1][j] = … was 53 px wider than the column.
    const screen = await render(BackpropGraph, { problem: duke, initialStep: 12 });
    await openSection(screen.container, 'Worked answer');
    const flow = () => screen.container.querySelector<HTMLElement>('.dlviz-flow');
    await expect.poll(flow).not.toBeNull();
    const formula = flow()!.closest<HTMLElement>('.formula')!;
    await expect.poll(() => formula.scrollWidth).toBeLessThanOrEqual(formula.clientWidth + 1);
    const [lhs, rights] = [...flow()!.children[0]!.children].map((part) => part.getBoundingClientRect());
    expect(lhs!.bottom).toBeLessThanOrEqual(rights!.top + 1);
  });

  test.each([340, 360, 375])(
    'at %i px the first step shows whole: the inputs it reads and the unit it computes',
    async (width) => {
      await page.viewport(width, 900);
      const screen = await render(BackpropGraph, { problem: duke });
      const region = screen.getByRole('region', { name: 'Network drawing' }).element() as HTMLElement;
      await expect.poll(() => region.scrollWidth).toBeGreaterThan(region.clientWidth);
      const inView = (key: string) => wholeIn(region, `[data-node="${key}"]`);
      await expect.poll(() => inView('unit:0:0')).toBe(true);
      expect(['input:-1:0', 'input:-1:1'].map(inView)).toEqual([true, true]);
    },
  );

  test('on a phone, a step too wide to show whole brings in its result with its texts, clear of the faded edge', async () => {
    await page.viewport(375, 900);
    const problem = backpropPresets.find((p) => p.id === 'stanford-softplus-softmax')!.problem;
    const screen = await render(BackpropGraph, { problem });
    const region = screen.getByRole('region', { name: 'Network drawing' }).element() as HTMLElement;
    await screen.getByRole('button', { name: 'Last step' }).click();
    const node = () => region.querySelector('[data-states~="active"]')!.getBoundingClientRect();
    // The node's group holds its texts: "b → −0.01744" under it was cut at the edge.
    await expect.poll(() => node().right).toBeLessThanOrEqual(region.getBoundingClientRect().right - 20);
    expect(node().left).toBeGreaterThanOrEqual(region.getBoundingClientRect().left);
  });

  test('on a 375 px phone the drawing fades out on the side with more of the network to scroll to', async () => {
    await page.viewport(375, 900);
    const screen = await render(BackpropGraph, { problem: duke });
    const region = screen.getByRole('region', { name: 'Network drawing' }).element() as HTMLElement;
    await expect.poll(() => region.scrollWidth).toBeGreaterThan(region.clientWidth);
    region.scrollLeft = 0;
    await expect.poll(() => region.style.maskImage).toMatch(/^linear-gradient\(90deg, (rgb\(0, 0, 0\)|#000)/);
    expect(region.style.maskImage).toMatch(/(transparent|rgba\(0, 0, 0, 0\))\)$/);
  });

  test('in predict mode a chain rule waits for its update step: its numbers would be answers', async () => {
    const screen = await render(BackpropGraph, { problem: duke, predict: true });
    await screen.getByRole('combobox', { name: 'for' }).selectOptions('W[0][1][0]');
    await expect
      .element(screen.getByText(/Predict mode: the chain rule for W\[0\]\[1\]\[0\] appears/))
      .toBeVisible();
    expect(screen.container.querySelector('.summary')!.textContent).toBe('');
    expect(screen.container.querySelector('.paths')).toBeNull();
    await screen.getByRole('button', { name: 'Last step' }).click();
    await expect
      .poll(() => screen.container.querySelector('.summary')!.textContent)
      .toBe('W[0][1][0]: 2 paths from the loss, gradient −4, updated to 0.9.');
  });

  test("a bias's paths stop at its add, which the bias goes into; the chosen bias is marked", async () => {
    const screen = await render(BackpropGraph, { problem: duke, view: 'graph' });
    // Clicking the add box of layer 1, unit 0 chooses its bias.
    svg(screen.container)
      .querySelector('[data-node="add:1:0"] rect')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await expect.element(screen.getByRole('combobox', { name: 'for' })).toHaveValue('b:1:0');
    const drawing = svg(screen.container);
    const states = (key: string) =>
      drawing.querySelector(`[data-node="${key}"]`)!.getAttribute('data-states');
    await expect.poll(() => states('add:1:0')).toBe('influenced');
    expect(states('activation:1:0')).toBe('influenced');
    // ∂L/∂b = ∂L/∂z: the multiply and the ×1 edge into the add are not on its path.
    expect(states('multiply:1:0')).toBeNull();
    expect(drawing.querySelector('[data-edge="add:1:0"] .band')).toBeNull();
    expect(drawing.querySelector('[data-edge="local:1:0"] .band')).not.toBeNull();
    expect(drawing.querySelectorAll('.chosen-bias')).toHaveLength(1);
  });

  test('eight outputs: every text, the target under the loss included, is inside the drawing', async () => {
    const eight: BackpropProblem = {
      ...duke,
      target: [0.125, -0.25, 0.375, 0.5, -0.625, 0.75, 0.875, 1.125],
      layers: [
        duke.layers[0]!,
        {
          ...duke.layers[1]!,
          weights: Array.from({ length: 8 }, (_, j) => [0.1 * (j + 1), -0.5, 0.25]),
          bias: Array(8).fill(0),
        },
      ],
    };
    const screen = await render(BackpropGraph, { problem: eight, initialStep: 30 });
    for (const view of ['Neurons', 'Graph']) {
      await screen.getByRole('button', { name: view }).click();
      const drawing = svg(screen.container);
      const box = drawing.getBoundingClientRect();
      const outside = [...drawing.querySelectorAll('text')]
        .filter((text) => {
          const r = text.getBoundingClientRect();
          return (
            r.width > 0 &&
            (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5)
          );
        })
        .map((text) => text.textContent);
      expect(outside, view).toEqual([]);
    }
  });

  test("an output's gradient reads its own target; the loss reads them all", async () => {
    const stepOf = (kind: string, unit = 0) =>
      [...Array(dukeTrace.length).keys()].find((i) => {
        const step = dukeTrace.at(i);
        return step.kind === kind && (!('unit' in step) || step.unit === unit);
      })!;
    const targets = async (initialStep: number) => {
      const screen = await render(BackpropGraph, { problem: duke, initialStep });
      const grid = screen.getByRole('grid', { name: 'Target t' }).element();
      const read = [0, 1].map((k) =>
        grid
          .querySelector(`[data-row="0"][data-col="${k}"]`)!
          .getAttribute('aria-label')!
          .includes('read by this step'),
      );
      screen.unmount();
      return read;
    };
    expect(await targets(stepOf('outputGradient', 0))).toEqual([true, false]);
    expect(await targets(stepOf('outputGradient', 1))).toEqual([false, true]);
    expect(await targets(stepOf('loss'))).toEqual([true, true]);
  });

  test('the graph view marks the operation a step computes, not the whole unit', async () => {
    const at = (kind: string, layer: number, unit: number) =>
      [...Array(dukeTrace.length).keys()].find((i) => {
        const step = dukeTrace.at(i);
        return step.kind === kind && 'unit' in step && step.layer === layer && step.unit === unit;
      })!;
    const screen = await render(BackpropGraph, {
      problem: duke,
      view: 'graph',
      initialStep: at('node', 1, 1),
    });
    const drawing = svg(screen.container);
    const states = (key: string) =>
      drawing.querySelector(`[data-node="${key}"]`)!.getAttribute('data-states');
    // ∂z = ∂a · act′(z): computed at the add (and passed to the multiply), read at the activation.
    expect([states('multiply:1:1'), states('add:1:1'), states('activation:1:1')]).toEqual([
      'active',
      'active',
      'window',
    ]);
    // ∂W: the results are on the weights' edges, and ∂b, the add's ∂z; the multiply's gradient and
    // the inputs are read.
    screen.unmount();
    const stepped = await render(BackpropGraph, {
      problem: duke,
      view: 'graph',
      initialStep: at('weightGradient', 1, 1),
    });
    const graph = svg(stepped.container);
    const marks = (key: string) => graph.querySelector(`[data-node="${key}"]`)!.getAttribute('data-states');
    expect([marks('multiply:1:1'), marks('add:1:1'), marks('activation:1:1')]).toEqual([
      'window',
      'active',
      null,
    ]);
    const biasCell = stepped.getByRole('grid', { name: 'Layer 1 biases b[1]' }).element();
    expect(
      biasCell.querySelector('[role=gridcell][aria-label^="b[1][1]"]')?.getAttribute('aria-label'),
    ).toMatch(/this step's result/);
    expect(marks('activation:0:0')).toBe('window');
    expect(graph.querySelector('[data-edge="w:1:1:0"] .band')).not.toBeNull();
  });

  test('a bias shows its update under its unit once the update steps reach it', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    const updates = () =>
      [...svg(screen.container).querySelectorAll('.node text, .node tspan')].filter((t) =>
        t.textContent?.startsWith('b →'),
      ).length;
    expect(updates()).toBe(0);
    await screen.getByRole('button', { name: 'Last step' }).click();
    // Three hidden units and two outputs.
    await expect.poll(updates).toBe(5);
  });

  test('clicking an edge chooses its weight', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    svg(screen.container)
      .querySelector('[data-edge="w:1:1:2"] .hit')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await expect.element(screen.getByRole('combobox', { name: 'for' })).toHaveValue('w:1:1:2');
    await expect
      .poll(() => screen.container.querySelector('.summary')!.textContent)
      .toMatch(/^W\[1\]\[1\]\[2\]: 1 path from the loss/);
  });
});

describe('editing', () => {
  test('editing a weight in place updates the drawing and emits problemchange', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: duke, onproblemchange });
    const grid = screen.getByRole('grid', { name: 'Layer 0 weights W[0]' }).element();
    (grid.querySelector('[tabindex="0"]') as SVGGElement).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Control>}a{/Control}1.5{Enter}');
    const changed = onproblemchange.mock.lastCall![0] as BackpropProblem;
    expect(changed.layers[0]!.weights[0]).toEqual([1.5, 0]);
    // z[0][0] = 1.5·1 + 0·2 + 2.5 = 4: the narration of the first step says so.
    expect(narration(screen.container)).toContain('= 4');
  });

  test('structure: more layers, another activation, another loss; each emits problemchange', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: duke, onproblemchange });
    await openSection(screen.container, 'Network settings');
    await screen.getByRole('combobox', { name: 'Layers' }).selectOptions('4');
    let changed = onproblemchange.mock.lastCall![0] as BackpropProblem;
    expect(changed.layers.map((l) => l.bias.length)).toEqual([3, 3, 3, 2]);
    expect(svg(screen.container).querySelectorAll('.node')).toHaveLength(2 + 11 + 1);
    await screen.getByRole('combobox', { name: 'Activation of every layer' }).selectOptions('sigmoid');
    changed = onproblemchange.mock.lastCall![0] as BackpropProblem;
    expect(changed.layers.every((l) => l.activation.type === 'sigmoid')).toBe(true);
    await screen.getByRole('combobox', { name: 'Loss' }).selectOptions('crossEntropy');
    changed = onproblemchange.mock.lastCall![0] as BackpropProblem;
    expect(changed.loss).toEqual({ type: 'crossEntropy' });
    expect(changed.target).toEqual([1, 0]);
    expectNoNaN(screen.container);
  });

  test('a loss that changes the output activation or the targets says what it changed, until the next change', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: duke, onproblemchange });
    await openSection(screen.container, 'Network settings');
    const note = () => screen.container.querySelector('.note[role="status"]')!.textContent;
    await screen.getByRole('combobox', { name: 'Loss' }).selectOptions('bce');
    const changed = onproblemchange.mock.lastCall![0] as BackpropProblem;
    expect(changed.layers[1]!.activation).toEqual({ type: 'sigmoid' });
    expect(changed.target).toEqual([1, 1]);
    await expect
      .poll(note)
      .toBe(
        "The output layer's activation is now sigmoid (was LeakyReLU(0.5)), and the target is now [1, 1] (was [4, 1]): binary cross-entropy needs outputs and targets between 0 and 1.",
      );
    // Back to MSE: nothing else changes, so nothing is said.
    await screen.getByRole('combobox', { name: 'Loss' }).selectOptions('mse-sum');
    await expect.poll(note).toBe('');
    await screen.getByRole('combobox', { name: 'Loss' }).selectOptions('crossEntropy');
    await expect
      .poll(note)
      .toBe(
        'The target is now [1, 0] (was [1, 1]): cross-entropy needs a target that is a distribution (no negative entries, summing to 1).',
      );
    // Any later change ends the note, here the learning rate.
    await screen.getByRole('textbox', { name: 'Learning rate' }).fill('0.2');
    await userEvent.keyboard('{Enter}');
    await expect.poll(note).toBe('');
  });

  test('zero initialization: only the output bias gets a gradient', async () => {
    const screen = await render(BackpropGraph, {
      problem: backpropPresets.find((p) => p.id === 'symmetric-constant-init')!.problem,
    });
    await openSection(screen.container, 'Network settings');
    await screen.getByRole('combobox', { name: 'Initialize' }).selectOptions('zeros');
    await screen.getByRole('button', { name: 'Set weights' }).click();
    await userEvent.click(screen.container.querySelector('.frame')!);
    await userEvent.keyboard('{End}');
    await expect
      .element(screen.getByText(/Layer 0 gets no gradient: every path to it multiplies by a zero/))
      .toBeVisible();
  });

  test('training 20 steps charts the loss going down and updates the problem', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: duke, onproblemchange });
    await screen.getByRole('textbox', { name: 'Training steps' }).fill('20');
    await userEvent.keyboard('{Enter}');
    await screen.getByRole('button', { name: 'Train 20 steps' }).click();
    // The first run loads the training code and the chart.
    await expect.element(screen.getByRole('img', { name: /^Loss from/ })).toBeVisible();
    const caption = screen.container.querySelector('.loss-chart figcaption')!.textContent!;
    expect(caption).toMatch(/^Loss per training step: 11\.13 at step 0, [\d.]+ after 20 steps$/);
    expect(Number(caption.match(/, ([\d.]+) after/)![1])).toBeLessThan(11.13);
    expect(screen.container.querySelector('.loss-chart path')!.getAttribute('d')).toMatch(/^M/);
    expect(onproblemchange).toHaveBeenCalledTimes(1);
    // Said, not only drawn: the training panel's status line tells what the run did.
    await expect
      .element(screen.getByRole('status').filter({ hasText: /^20 steps: / }))
      .toHaveTextContent(/^20 steps: the loss went from 11\.125 to [\d.]+\.$/);
    const update = screen.getByRole('button', { name: /^Apply update/ });
    // The learning rate is one unit, which a narrow button does not split across lines.
    expect(update.element().textContent).toContain('(η\u00a0=\u00a00.1)');
    await update.click();
    await expect
      .element(screen.getByRole('status').filter({ hasText: /^One update: / }))
      .toHaveTextContent(/^One update: the loss went from [\d.]+ to [\d.]+\.$/);
  });

  test('training a network until it blows up stops at the last state it can show, and says why', async () => {
    const problem = backpropPresets.find((p) => p.id === 'exploding-linear')!.problem;
    const screen = await render(BackpropGraph, { problem });
    await screen.getByRole('button', { name: 'Train 100 steps' }).click();
    await expect
      .element(
        screen.getByText(/^Training stopped after \d+ of 100 steps: the next step overflows float64\.$/),
      )
      .toBeVisible();
    expect(screen.container.querySelector('[role=alert]')).toBeNull();
    expect(svg(screen.container)).not.toBeNull();
    expectNoNaN(screen.container);
    // Its gradient sizes, numbers such as 1.6×10²⁷¹ over bars of like height, stand apart.
    await screen.getByRole('button', { name: 'Last step' }).click();
    await expect.element(screen.getByText('Gradient size ‖∂L/∂W‖, log scale')).toBeVisible();
    const labels = [...screen.container.querySelectorAll('.magnitudes text.value')].map((t) =>
      t.getBoundingClientRect(),
    );
    expect(labels.length).toBeGreaterThan(1);
    labels.slice(1).forEach((label, i) => expect(label.left).toBeGreaterThan(labels[i]!.right));
  });
});

describe('errors', () => {
  const bad = { ...duke, layers: [{ ...duke.layers[0]!, weights: [[1, 2, 3]] }, duke.layers[1]!] };

  test('an invalid object shows the messages by path, emits error, and a preset fixes it', async () => {
    const onerror = vi.fn();
    const screen = await render(BackpropGraph, { problem: bad, onerror });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('layers[0].weights: expected 2 columns (one per input value) in every row, got 3');
    expect(svg(screen.container)).toBeNull();
    expect(onerror).toHaveBeenCalled();
    await expectAccessible(screen.container);
    await screen.getByRole('button', { name: 'Load the first preset' }).click();
    expect(svg(screen.container)).not.toBeNull();
  });

  test('a problem that came in broken is fixed in place, in the JSON the error panel holds', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: bad, onproblemchange });
    const text = screen.getByRole('textbox', { name: 'Problem JSON' });
    await expect.element(text).toHaveValue(JSON.stringify(bad, null, 2));
    await text.fill(JSON.stringify(duke));
    await screen.getByRole('button', { name: 'Apply the JSON' }).click();
    await expect.poll(() => svg(screen.container)).not.toBeNull();
    expect(onproblemchange).toHaveBeenLastCalledWith(duke);
    await expect.element(screen.getByRole('combobox', { name: 'Preset' })).toHaveValue('duke-q9-leaky-mlp');
  });

  test('bad JSON text names line and column; new text restores the drawing', async () => {
    const onerror = vi.fn();
    const screen = await render(BackpropGraph, { problem: '{"widget": "backprop", "input": [1,', onerror });
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/line 1, column 36/);
    expect(onerror).toHaveBeenCalledOnce();
    expect(onerror.mock.lastCall![0][0].message).toMatch(/line 1, column 36/);
    await screen.rerender({ problem: JSON.stringify(duke) });
    expect(svg(screen.container)).not.toBeNull();
  });

  test('an edit that breaks the problem can be undone', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    await openSection(screen.container, 'Network settings');
    await screen.getByRole('combobox', { name: 'Loss' }).selectOptions('bce');
    // bce makes the output a sigmoid but the Duke target 4 is clamped to 1: still valid.
    expect(svg(screen.container)).not.toBeNull();
    await screen.getByRole('combobox', { name: 'Layers' }).selectOptions('1');
    expect(svg(screen.container)).not.toBeNull();
  });
});

describe('editing through an invalid moment', () => {
  const softmax = backpropPresets.find((p) => p.id === 'stanford-softplus-softmax')!.problem;

  /** Edits target cell `k` of the grid in place. */
  async function setTarget(screen: Awaited<ReturnType<typeof render>>, k: number, value: number) {
    const cell = screen
      .getByRole('grid', { name: 'Target t' })
      .element()
      .querySelector<SVGGElement>(`[data-row="0"][data-col="${k}"]`)!;
    await userEvent.dblClick(cell);
    await userEvent.keyboard(`{Control>}a{/Control}${value}{Enter}`);
  }

  test('a one-hot target moved cell by cell: the grids stay while the sum is 2, and the fix redraws', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: softmax, onproblemchange });
    await setTarget(screen, 0, 1);
    await expect.element(screen.getByRole('alert')).toHaveTextContent('target');
    expect(svg(screen.container)).toBeNull();
    expect(onproblemchange).not.toHaveBeenCalled();
    // The grid shows the edit just made, ready for the next one.
    expect(screen.getByRole('grid', { name: 'Target t' }).element().textContent).toContain('1');
    await setTarget(screen, 1, 0);
    await expect.poll(() => svg(screen.container)).not.toBeNull();
    expect(screen.container.querySelector('[role=alert]')).toBeNull();
    expect((onproblemchange.mock.lastCall![0] as BackpropProblem).target).toEqual([1, 0, 0]);
  });

  test('fewer output units keep a cross-entropy target a distribution', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: softmax, onproblemchange });
    await openSection(screen.container, 'Network settings');
    await screen.getByRole('combobox', { name: 'Units in layer 1' }).selectOptions('1');
    expect((onproblemchange.mock.lastCall![0] as BackpropProblem).target).toEqual([1]);
    expect(svg(screen.container)).not.toBeNull();
  });

  test('a host that hands each reported problem back keeps the training history', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    await screen.rerender({
      onproblemchange: (next: BackpropProblem) => void screen.rerender({ problem: next }),
    });
    await screen.getByRole('button', { name: /^Train \d+ steps$/ }).click();
    await screen.getByRole('button', { name: /^Train \d+ steps$/ }).click();
    await expect
      .poll(() => screen.container.querySelector('.loss-chart figcaption')?.textContent)
      .toMatch(/after 200 steps$/);
  });

  test('under BCE, a new width keeps the output activation the reader chose', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(BackpropGraph, { problem: duke, onproblemchange });
    await openSection(screen.container, 'Network settings');
    await screen.getByRole('combobox', { name: 'Loss' }).selectOptions('bce');
    await screen.getByRole('combobox', { name: 'Activation of layer 1' }).selectOptions('softplus');
    await screen.getByRole('combobox', { name: 'Units in layer 0' }).selectOptions('2');
    const last = onproblemchange.mock.lastCall![0] as BackpropProblem;
    expect(last.layers[1]!.activation.type).toBe('softplus');
  });

  test('a new problem from the host starts the training history again', async () => {
    const screen = await render(BackpropGraph, { problem: duke });
    await screen.getByRole('button', { name: /^Train \d+ steps$/ }).click();
    await expect.poll(() => screen.container.querySelector('.loss-chart path')).not.toBeNull();
    await screen.rerender({ problem: softmax });
    await expect.poll(() => screen.container.querySelector('.loss-chart path')).toBeNull();
  });
});

describe('instructor options', () => {
  test('predict mode asks for the next number before showing it', async () => {
    const screen = await render(BackpropGraph, { problem: duke, predict: true });
    await expect
      .element(screen.getByText('What is a[0][1], the activation of layer 0, unit 1?'))
      .toBeVisible();
    await screen.getByRole('textbox', { name: 'Your prediction' }).fill('2');
    await screen.getByRole('button', { name: 'Check' }).click();
    await expect.element(screen.getByText(/Correct: the answer is 2/)).toBeVisible();
    await expectAccessible(screen.container);
    await screen.getByRole('button', { name: 'Continue' }).click();
    expect(narration(screen.container)).toBe(sentence(1));
  });

  test('hide and lock: editing hidden, steps locked', async () => {
    const screen = await render(BackpropGraph, { problem: duke, hide: 'edit presets', lock: 'steps' });
    expect(screen.container.querySelector('fieldset')).toBeNull();
    expect(screen.getByRole('button', { name: /Train/ }).query()).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Preset' }).query()).toBeNull();
    await expect.element(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    const locked = await render(BackpropGraph, { problem: duke, lock: 'edit' });
    await openSection(locked.container, 'Network settings');
    await expect.element(locked.getByRole('combobox', { name: 'Layers' })).toBeDisabled();
  });

  test('the view group: hidden, the graph the view option chose stays; locked, the switch is disabled', async () => {
    const hidden = await render(BackpropGraph, { problem: duke, view: 'graph', hide: 'view' });
    expect(hidden.getByRole('button', { name: 'Neurons' }).query()).toBeNull();
    await expect.element(hidden.getByRole('img', { name: /^Computational graph/ })).toBeVisible();
    hidden.unmount();
    const locked = await render(BackpropGraph, { problem: duke, lock: 'view' });
    await expect.element(locked.getByRole('button', { name: 'Graph' })).toBeDisabled();
  });
});
