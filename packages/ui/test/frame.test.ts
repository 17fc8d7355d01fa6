import axe from 'axe-core';
import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Formula from '../src/Formula.svelte';
import PredictPrompt from '../src/PredictPrompt.svelte';
import { nextSeed } from '../src/next-seed.js';
import DemoWidget from './fixtures/DemoWidget.svelte';
import FormulaToggle from './fixtures/FormulaToggle.svelte';

const problem = {
  values: [
    [1, 2, 3],
    [4, 5, 6],
  ],
};

describe('Formula', () => {
  test('renders native MathML that the browser lays out', async () => {
    const screen = await render(Formula, { tex: 'y = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}' });
    const math = screen.container.querySelector('math')!;
    expect(math.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    const fraction = math.querySelector('mfrac')!;
    const numerator = fraction.firstElementChild!.getBoundingClientRect();
    const denominator = fraction.lastElementChild!.getBoundingClientRect();
    // Laid out as a fraction: numerator above denominator, not in a line.
    expect(numerator.bottom).toBeLessThanOrEqual(denominator.top + 1);
  });

  /** A sum too long for 120 px that cannot wrap: all of it in round brackets, which never break. */
  const unbreakable = `(${Array.from({ length: 30 }, (_, i) => `x_{${i}}`).join(' + ')})`;

  test('a block formula wider than its box becomes a focusable, named region with a fading edge; one that fits does not', async () => {
    const host = document.createElement('div');
    host.style.width = '120px';
    document.body.append(host);
    const long = unbreakable;
    const wide = await render(Formula, { props: { tex: long }, target: host });
    const region = wide.container.querySelector('.formula')!;
    await expect.poll(() => region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('role')).toBe('region');
    // Its edge fades where more lies beyond, so the eye sees there is more to scroll to.
    expect((region as HTMLElement).style.maskImage).toMatch(/^linear-gradient/);
    const short = await render(Formula, { tex: 'x' });
    const fits = short.container.querySelector<HTMLElement>('.formula')!;
    expect(fits.hasAttribute('tabindex')).toBe(false);
    expect(fits.style.maskImage).toBe('');
    host.remove();
  });

  test('a formula that grows wider than a box of unchanged size becomes a region, and one that shrinks stops being one, even where the scrollbar takes no room', async () => {
    const host = document.createElement('div');
    host.style.width = '120px';
    document.body.append(host);
    // As tall as the long one, so that growing wider is the only change.
    const short = '\\left(x_{0}\\right)';
    const screen = await render(FormulaToggle, { props: { short, long: unbreakable }, target: host });
    const box = screen.container.querySelector<HTMLElement>('.formula')!;
    // A scrollbar that takes no room, as a phone's overlay: overflowing changes no size of the box.
    box.style.scrollbarWidth = 'none';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(box.hasAttribute('tabindex')).toBe(false);
    const toggle = screen.getByRole('button', { name: 'Toggle' });
    await toggle.click();
    await expect.poll(() => box.getAttribute('role')).toBe('region');
    await toggle.click();
    await expect.poll(() => box.hasAttribute('role')).toBe(false);
    host.remove();
  });

  test('a block formula too wide for its box wraps, first where an equation continues, then between terms', async () => {
    const host = document.createElement('div');
    host.style.width = '220px';
    document.body.append(host);
    const tex =
      '\\begin{aligned} z &= 0.5 \\cdot 0.5 + 0.3 \\cdot (-1) + (-0.2) \\cdot 2 - 0.1 = -0.55 \\\\ a &= \\operatorname{ReLU}(-0.55) = 0 \\end{aligned}';
    const screen = await render(Formula, { props: { tex }, target: host });
    const box = screen.container.querySelector<HTMLElement>('.formula')!;
    await expect.poll(() => box.querySelector('.dlviz-flow')).not.toBeNull();
    // Nothing to scroll: no region, no fade.
    await expect.poll(() => box.hasAttribute('tabindex')).toBe(false);
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
    const at = (text: string) =>
      [...box.querySelectorAll('mo, mn')].find((e) => e.textContent === text)!.getBoundingClientRect();
    const equals = [...box.querySelectorAll('mo')].filter((e) => e.textContent === '=');
    const [zEquals, resultEquals, aEquals] = equals.map((e) => e.getBoundingClientRect());
    // The result continues z's equation on a line of its own, under its first =, and a's = lines up too.
    expect(resultEquals!.top).toBeGreaterThan(zEquals!.bottom);
    expect(resultEquals!.left).toBeCloseTo(zEquals!.left, 0);
    expect(aEquals!.left).toBeCloseTo(zEquals!.left, 0);
    // The sum continues on a line further in; the minus of (−1) and of −0.55 stay with their numbers.
    const plus = [...box.querySelectorAll('mo')].filter((e) => e.textContent === '+').at(-1)!;
    expect(plus.getBoundingClientRect().left).toBeGreaterThan(zEquals!.right);
    expect(at('0.55').left - equals[1]!.getBoundingClientRect().right).toBeLessThan(20);
    // Each piece is MathML of its own; the page's text reads the same as the one formula.
    expect(box.querySelectorAll('math').length).toBeGreaterThan(3);
    const shown = [...box.querySelectorAll('semantics > :first-child')].map((e) => e.textContent).join('');
    expect(shown).toBe('z=0.5·0.5+0.3·(−1)+(−0.2)·2−0.1=−0.55a=ReLU(−0.55)=0');
    // From then on every block formula on the page is set so, and one that fits keeps to one line.
    const short = await render(Formula, { tex: 'x = 1 + 2' });
    const pieces = [...short.container.querySelectorAll('.dlviz-flow math')];
    expect(pieces).toHaveLength(3);
    const boxes = pieces.map((p) => p.getBoundingClientRect());
    expect(Math.max(...boxes.map((b) => b.top))).toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));
    // An inline formula, in a sentence, never is.
    const inline = await render(Formula, { tex: 'x = 1 + 2', display: 'inline' });
    expect(inline.container.querySelectorAll('math')).toHaveLength(1);
    host.remove();
  });

  const floorOfFraction = '\\left\\lfloor \\frac{H + 2}{s_h} \\right\\rfloor + 1';

  test('brackets stretch around a fraction wherever a math font is installed, even where `math` names none', async () => {
    const screen = await render(Formula, { tex: floorOfFraction });
    const math = screen.container.querySelector('math')!;
    const stack = getComputedStyle(math).fontFamily;
    expect(stack.startsWith('math,')).toBe(true);
    expect(stack).toContain('DejaVu Math TeX Gyre');
    // Canvas text in a font the system lacks falls back to the generic family, so it measures the same.
    const installed = (font: string) => {
      const context = document.createElement('canvas').getContext('2d')!;
      const width = (family: string) => (
        (context.font = `40px ${family}`),
        context.measureText('⌊x+2∑').width
      );
      return width(`${font}, monospace`) !== width('monospace');
    };
    const families = stack
      .split(',')
      .slice(1)
      .map((family) => family.trim());
    if (!families.some(installed)) return; // a browser with no math font at all can only draw text-size brackets
    const height = (selector: string) => math.querySelector(selector)!.getBoundingClientRect().height;
    expect(height('mo[stretchy="true"]')).toBeGreaterThan(0.9 * height('mfrac'));
  });

  test('--dlviz-font-math sets the formulas font', async () => {
    const host = document.createElement('div');
    host.style.setProperty('--dlviz-font-math', 'serif');
    document.body.append(host);
    const screen = await render(Formula, { props: { tex: floorOfFraction }, target: host });
    const math = screen.container.querySelector('math')!;
    expect(getComputedStyle(math).fontFamily).toBe('serif');
    host.remove();
  });
});

describe('theming the grids', () => {
  test('--dlviz-cell-size scales every grid from its laid-out size, numbers included', async () => {
    const drawnWidth = async (cellSize?: string) => {
      const host = document.createElement('div');
      if (cellSize) host.style.setProperty('--dlviz-cell-size', cellSize);
      document.body.append(host);
      const screen = await render(DemoWidget, { props: { problem }, target: host });
      const grid = screen.container.querySelector('.matrix-grid')!;
      const sizes = {
        laidOut: Number(grid.getAttribute('width')),
        drawn: grid.getBoundingClientRect().width,
      };
      const number = grid.querySelector('[role=gridcell] text')!.getBoundingClientRect().height;
      screen.unmount();
      host.remove();
      return { ...sizes, number };
    };
    const plain = await drawnWidth();
    expect(plain.drawn).toBeCloseTo(plain.laidOut, 1);
    const large = await drawnWidth('48px');
    expect(large.drawn).toBeCloseTo((plain.laidOut * 48) / 36, 1);
    expect(large.number / plain.number).toBeCloseTo(48 / 36, 1);
  });
});

describe('PredictPrompt', () => {
  test('a close guess is correct and announced', async () => {
    const oncontinue = vi.fn();
    const screen = await render(PredictPrompt, {
      question: 'What is y?',
      answer: 0.7311,
      answerText: '0.7311',
      oncontinue,
    });
    await screen.getByRole('textbox', { name: 'Your prediction' }).fill('0.73');
    await screen.getByRole('button', { name: 'Check' }).click();
    const feedback = screen.container.querySelector('[aria-live="polite"]')!;
    expect(feedback.textContent).toContain('Correct: the answer is 0.7311.');
    await screen.getByRole('button', { name: 'Continue' }).click();
    expect(oncontinue).toHaveBeenCalled();
  });

  test('until there is feedback, its line says how close counts, and the field is described by it', async () => {
    const screen = await render(PredictPrompt, { question: 'What is y?', answer: 2, answerText: '2' });
    const field = screen.getByRole('textbox', { name: 'Your prediction' });
    await expect
      .element(field)
      .toHaveAccessibleDescription('A guess within 1% of the answer counts as right.');
    const line = screen.container.querySelector('[aria-live="polite"]')!;
    const height = line.getBoundingClientRect().height;
    await field.fill('2.01');
    await screen.getByRole('button', { name: 'Check' }).click();
    expect(line.textContent).toContain('Correct: the answer is 2.');
    expect(line.textContent).not.toContain('counts as right');
    // The line was kept from the start: the box does not grow as feedback comes.
    expect(line.getBoundingClientRect().height).toBe(height);
  });

  test('a wrong guess reveals the answer; so does asking', async () => {
    const screen = await render(PredictPrompt, { question: 'What is y?', answer: -3, answerText: '−3' });
    await screen.getByRole('textbox').fill('3');
    await userEvent.keyboard('{Enter}');
    const feedback = screen.container.querySelector('[aria-live="polite"]')!;
    expect(feedback.textContent).toContain('Not quite. The answer is −3.');
    const other = await render(PredictPrompt, { question: 'What is z?', answer: 2, answerText: '2' });
    await other.getByRole('button', { name: 'Show answer' }).click();
    expect(other.container.querySelector('[aria-live="polite"]')!.textContent).toContain('The answer is 2.');
  });

  test('Enter in the answered field continues, and never judges the guess again', async () => {
    const oncontinue = vi.fn();
    const onguess = vi.fn();
    const screen = await render(PredictPrompt, {
      question: 'What is y?',
      answer: 2,
      answerText: '2',
      oncontinue,
      onguess,
    });
    await screen.getByRole('textbox').fill('3');
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('button', { name: 'Continue' })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    expect(oncontinue).toHaveBeenCalledTimes(1);
    expect(onguess).toHaveBeenCalledTimes(1);
  });

  test('text that is not a number is explained, not judged', async () => {
    const onguess = vi.fn();
    const screen = await render(PredictPrompt, {
      question: 'What is y?',
      answer: 1,
      answerText: '1',
      onguess,
    });
    await screen.getByRole('textbox').fill('one');
    await screen.getByRole('button', { name: 'Check' }).click();
    expect(onguess).not.toHaveBeenCalled();
    expect(screen.container.querySelector('[aria-live="polite"]')!.textContent).toContain('is not a number');
  });
});

describe('WidgetFrame (through a demo widget)', () => {
  test('draws, narrates, steps and shows the worked formula', async () => {
    const onstepchange = vi.fn();
    const screen = await render(DemoWidget, { problem, onstepchange });
    await expect.element(screen.getByRole('heading', { name: 'Demo matrix walk' })).toBeVisible();
    await expect.element(screen.getByRole('grid', { name: /Demo values/ })).toBeVisible();
    await expect.element(screen.getByText('Cell (1, 1) holds 1.', { exact: true }).first()).toBeVisible();
    await screen.getByRole('button', { name: 'Next cell' }).click();
    expect(onstepchange).toHaveBeenLastCalledWith({ index: 1, length: 6 });
    expect(screen.container.querySelector('.narration')!.textContent).toBe('Cell (1, 2) holds 2.');
    expect(screen.container.querySelector('math annotation')!.textContent).toContain('y_{1,2}');
  });

  test('initialStep, presets and random with its seed', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(DemoWidget, { problem, initialStep: 4, onproblemchange });
    expect(screen.container.querySelector('.narration')!.textContent).toBe('Cell (2, 2) holds 5.');
    const select = screen.getByRole('combobox', { name: 'Preset' });
    // A problem that is no preset reads "Custom".
    await expect.element(select).toHaveDisplayValue('Custom');
    await select.selectOptions('signs');
    expect(onproblemchange).toHaveBeenLastCalledWith({
      values: [
        [-1, 0.5, 2, -3],
        [4, -0.25, 0, 1],
      ],
    });
    await expect.element(select).toHaveValue('signs');
    await screen.getByRole('button', { name: /Random/ }).click();
    await expect.element(screen.getByRole('button', { name: 'Random seed 1' })).toBeVisible();
    await screen.getByRole('button', { name: /Random/ }).click();
    await expect.element(screen.getByRole('button', { name: `Random seed ${nextSeed(1)}` })).toBeVisible();
    // The drawn problem is no preset: the menu goes back to "Custom", added back for it.
    await expect.element(select).toHaveDisplayValue('Custom');
  });

  test('a new problem from the host starts again at initialStep; the reported one handed back does not', async () => {
    let reported: { values: number[][] } | undefined;
    const onproblemchange = (json: { values: number[][] }) => (reported = json);
    const screen = await render(DemoWidget, { problem, initialStep: 1, onproblemchange });
    const narration = () => screen.container.querySelector('.narration')!.textContent;
    await screen.getByRole('combobox', { name: 'Preset' }).selectOptions('signs');
    await screen.getByRole('button', { name: 'Next cell' }).click();
    await screen.getByRole('button', { name: 'Next cell' }).click();
    expect(narration()).toBe('Cell (1, 3) holds 2.');
    // A host that stores each problem it hears of and hands it back leaves the reader where they are.
    await screen.rerender({ problem: reported });
    expect(narration()).toBe('Cell (1, 3) holds 2.');
    await screen.rerender({ problem: { values: [[7, 8, 9]] } });
    expect(narration()).toBe('Cell (1, 2) holds 8.');
  });

  test('an invalid problem shows the issues in place of the drawing and emits error', async () => {
    const onerror = vi.fn();
    const screen = await render(DemoWidget, { problem: '{"values": [[1, 2], [3]]}', onerror });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('values[1]: expected a row as long as the first');
    expect(screen.container.querySelector('[role=grid]')).toBeNull();
    expect(onerror).toHaveBeenCalledWith([
      { path: 'values[1]', message: 'expected a row as long as the first' },
    ]);
    // No valid problem came before, so the panel offers the first preset only.
    expect(screen.container.querySelector('.actions')!.textContent).not.toContain('last valid');
    await screen.getByRole('button', { name: 'Load the first preset' }).click();
    await expect.element(screen.getByRole('grid')).toBeVisible();
    await expect.element(screen.getByRole('combobox', { name: 'Preset' })).toHaveValue('small');
  });

  test('an edit that breaks the problem can be undone from the error panel', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(DemoWidget, { problem, onproblemchange });
    (screen.container.querySelector('[role=gridcell][tabindex="0"]') as SVGGElement).focus();
    await userEvent.keyboard('5000{Enter}');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('values[0][0]: expected at most 1000');
    expect(onproblemchange).not.toHaveBeenCalled();
    await screen.getByRole('button', { name: 'Back to the last valid problem' }).click();
    await expect.element(screen.getByRole('grid')).toBeVisible();
    expect(onproblemchange).toHaveBeenLastCalledWith(problem);
  });

  test('fixing the problem from the error panel hands the focus to the widget', async () => {
    const screen = await render(DemoWidget, { problem: '{"values": [[1, 2], [3]]}' });
    const load = screen.getByRole('button', { name: 'Load the first preset' });
    await expect.element(load).toBeVisible();
    (load.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('grid')).toBeVisible();
    await expect.poll(() => document.activeElement).toBe(screen.container.querySelector('.frame'));
  });

  test('arrow keys move through an open menu, round from end to end; Home and End reach its ends', async () => {
    const screen = await render(DemoWidget, { problem });
    const narration = () => screen.container.querySelector('.narration')!.textContent;
    const before = narration();
    await screen.getByText('Export', { exact: true }).click();
    const menu = screen.getByText('Export', { exact: true }).element().closest('details')!;
    await expect.poll(() => menu.querySelectorAll('button').length).toBe(4);
    const focused = () => (menu.getRootNode() as Document).activeElement?.textContent;
    // Keys pressed in turn, and the item each leaves the focus on.
    for (const [keys, item] of [
      ['{ArrowDown}', 'Image (SVG)'],
      ['{ArrowDown}', 'Image (PNG)'],
      ['{ArrowUp}{ArrowUp}', 'Worked answer (Markdown)'],
      ['{ArrowDown}', 'Image (SVG)'],
      ['{End}', 'Worked answer (Markdown)'],
      ['{Home}', 'Image (SVG)'],
    ]) {
      await userEvent.keyboard(keys!);
      expect(focused()).toBe(item);
    }
    // The menu took Home and End: the widget did not jump to its first or last step.
    expect(narration()).toBe(before);
    expect(menu.open).toBe(true);
  });

  test('Escape closes a menu and returns to its button', async () => {
    const screen = await render(DemoWidget, { problem });
    await screen.getByText('Export', { exact: true }).click();
    const menu = screen.getByText('Export', { exact: true }).element().closest('details')!;
    expect(menu.open).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(menu.querySelector('summary'));
  });

  test('hide and lock control groups', async () => {
    const screen = await render(DemoWidget, { problem, hide: 'presets export worked', lock: ['steps'] });
    expect(screen.container.querySelector('select')?.closest('.preset')).toBeFalsy();
    expect(screen.getByText('Export', { exact: true }).query()).toBeNull();
    expect(screen.getByText('Worked answer').query()).toBeNull();
    await expect.element(screen.getByRole('button', { name: 'Next cell' })).toBeDisabled();
  });

  test('a locked share or export menu looks locked, as other locked controls do, and says why when opened', async () => {
    const screen = await render(DemoWidget, { problem, lock: 'links export' });
    for (const [menu, note] of [
      ['Share', 'Sharing is turned off on this page.'],
      ['Export', 'Export is turned off on this page.'],
    ] as const) {
      const button = [...screen.container.querySelectorAll('summary')].find((s) => s.textContent === menu)!;
      expect(getComputedStyle(button).opacity).toBe('0.55');
      button.click();
      await expect.element(screen.getByText(note)).toBeVisible();
    }
  });

  test('hiding the narration hides the sentence, not its announcement', async () => {
    const screen = await render(DemoWidget, { problem, hide: 'narration' });
    expect(screen.container.querySelector('.narration')).toBeNull();
    await screen.getByRole('button', { name: 'Next cell' }).click();
    expect(screen.container.querySelector('[aria-live=polite]')!.textContent).toBe('Cell (1, 2) holds 2.');
  });

  test('the frame passes its speeds to the step controls; hide and lock apply to them', async () => {
    const speeds = [{ value: 30, label: '30 updates/s' }];
    const screen = await render(DemoWidget, { problem, speeds });
    await expect.element(screen.getByRole('combobox', { name: 'Speed' })).toHaveTextContent('30 updates/s');
    const locked = await render(DemoWidget, { problem, speeds, lock: 'speed' });
    expect(locked.container.querySelector<HTMLSelectElement>('.controls .speed select')!.disabled).toBe(true);
    const hidden = await render(DemoWidget, { problem, hide: 'speed' });
    expect(hidden.container.querySelector('.controls .speed')).toBeNull();
  });

  test('predict mode asks for the next value and continues to it', async () => {
    const screen = await render(DemoWidget, { problem, predict: true });
    await screen.getByRole('textbox', { name: 'Your prediction' }).fill('2');
    await screen.getByRole('button', { name: 'Check' }).click();
    await expect.element(screen.getByText(/Correct: the answer is 2/)).toBeVisible();
    await screen.getByRole('button', { name: 'Continue' }).click();
    expect(screen.container.querySelector('.narration')!.textContent).toBe('Cell (1, 2) holds 2.');
    await expect.element(screen.getByRole('textbox', { name: 'Your prediction' })).toHaveValue('');
  });

  test('continuing from the keyboard puts the focus in the next question, and on the widget after the last', async () => {
    const screen = await render(DemoWidget, { problem: { values: [[1, 2, 3]] }, predict: true });
    const field = () => screen.getByRole('textbox', { name: 'Your prediction' });
    await field().fill('2');
    await userEvent.keyboard('{Enter}');
    (screen.getByRole('button', { name: 'Continue' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => document.activeElement).toBe(field().element());
    // The last step asks nothing more: the focus stays with the widget.
    await screen.getByRole('button', { name: 'Show answer' }).click();
    (screen.getByRole('button', { name: 'Continue' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => document.activeElement).toBe(screen.container.querySelector('.dlviz-root'));
  });

  test('copy link puts the state, step included, on the clipboard', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
    const screen = await render(DemoWidget, { problem, initialStep: 2 });
    await screen.getByText('Share').click();
    await screen.getByRole('button', { name: 'Copy link' }).click();
    // The link and clipboard code load on first use, so the copy has happened once it is announced.
    await expect.element(screen.getByRole('status').last()).toHaveTextContent('Link copied');
    const url = new URL(writeText.mock.calls[0]![0]);
    expect(url.pathname).toBe('/embed/demo/');
    expect(url.searchParams.get('step')).toBe('2');
    expect(JSON.parse(url.searchParams.get('problem')!)).toEqual(problem);
    vi.restoreAllMocks();
  });

  test('an edit that breaks the problem hands the focus to the error panel taking its place', async () => {
    const screen = await render(DemoWidget, { problem });
    (screen.container.querySelector('[role=grid] [tabindex="0"]') as SVGGElement).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Control>}a{/Control}5000{Enter}');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('expected at most 1000');
    // The panel's own box holds the focus, not the page's body (which also contains the panel).
    await expect
      .poll(() => document.activeElement === screen.getByRole('alert').element().parentElement)
      .toBe(true);
  });

  test('the iframe code is as tall as the widget on screen, so it opens without scrolling', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
    const screen = await render(DemoWidget, { problem });
    await screen.getByText('Share').click();
    await screen.getByRole('button', { name: 'Copy embed code (iframe)' }).click();
    await expect.element(screen.getByRole('status').last()).toHaveTextContent('Embed code copied');
    const tall = screen.container.querySelector('.frame')!.getBoundingClientRect().height;
    const height = Number(writeText.mock.calls[0]![0].match(/ height="(\d+)"/)![1]);
    // Measured as the menu opened; the status line shown since adds a line.
    expect(Math.abs(height - tall)).toBeLessThan(40);
    vi.restoreAllMocks();
  });

  test('copying a link too long for many sites says so, and what to use instead', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async () => undefined);
    const big = { values: Array.from({ length: 100 }, () => Array(100).fill(0.123456)) };
    const screen = await render(DemoWidget, { problem: big });
    await screen.getByText('Share').click();
    await screen.getByRole('button', { name: 'Copy embed code (iframe)' }).click();
    await expect
      .element(screen.getByRole('status').last())
      .toHaveTextContent(
        /^Embed code copied, but it is [\d,]+ characters long, and many sites cut links over 8,000: the custom element or Svelte code carries the problem without a link\.$/,
      );
    // Said where the reader is looking too: in the menu, which stays open beside the button.
    const menu = screen.getByText('Share', { exact: true }).element().closest('details')!;
    expect(menu.open).toBe(true);
    expect(menu.querySelector('.warning')!.textContent).toMatch(
      /^Embed code copied, but it is [\d,]+ characters long/,
    );
    await screen.getByRole('button', { name: 'Copy custom element code' }).click();
    await expect.element(screen.getByRole('status').last()).toHaveTextContent(/^Element code copied$/);
    vi.restoreAllMocks();
  });

  test('a used menu item returns the focus to its menu; tabbing out of a menu closes it', async () => {
    const screen = await render(DemoWidget, { problem });
    const menu = (label: string) => screen.getByText(label, { exact: true }).element().closest('details')!;
    await screen.getByText('Export', { exact: true }).click();
    await screen.getByRole('button', { name: 'Problem (JSON)' }).click();
    expect(document.activeElement).toBe(menu('Export').querySelector('summary'));
    await screen.getByText('Share', { exact: true }).click();
    const last = screen.getByRole('button', { name: 'Copy Svelte code' });
    await expect.element(last).toBeVisible();
    (last.element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(menu('Export').querySelector('summary'));
    expect(menu('Share').open).toBe(false);
  });

  test('the export menu loads its items when it opens, and says what it saved', async () => {
    const screen = await render(DemoWidget, { problem });
    expect(screen.getByRole('button', { name: 'Image (SVG)' }).query()).toBeNull();
    await screen.getByText('Export', { exact: true }).click();
    await screen.getByRole('button', { name: 'Problem (JSON)' }).click();
    await expect.element(screen.getByRole('status').last()).toHaveTextContent(/^Exported .+\.json$/);
    expect(screen.getByText('Export', { exact: true }).element().closest('details')!.open).toBe(false);
  });

  test('exports the drawing as a standalone SVG with inlined theme colors', async () => {
    const screen = await render(DemoWidget, { problem, theme: 'dark' });
    const { viewToSvg } = await import('../src/export.js');
    const view = viewToSvg(screen.container.querySelector('.drawing')!, 'rgb(21, 24, 29)');
    expect(view.text).not.toContain('var(');
    const doc = new DOMParser().parseFromString(view.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('svg svg')).toHaveLength(1);
    expect(doc.querySelector('rect')!.getAttribute('fill')).toBe('rgb(21, 24, 29)');
    const { svgToPng } = await import('../src/export.js');
    const png = await svgToPng(view.text, view.width, view.height, 1);
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(500);
  });

  test('the frame itself, focused from the keyboard, shows the theme focus ring', async () => {
    const screen = await render(DemoWidget, { problem });
    const root = screen.container.querySelector<HTMLElement>('.dlviz-root')!;
    root.focus({ focusVisible: true } as FocusOptions);
    expect(getComputedStyle(root).outlineStyle).toBe('solid');
    expect(getComputedStyle(root).outlineWidth).toBe('3px');
  });

  test('the dark theme applies from the data-theme attribute', async () => {
    const screen = await render(DemoWidget, { problem, theme: 'dark' });
    const root = screen.container.querySelector('.dlviz-root')!;
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(21, 24, 29)');
  });

  test.each(['light', 'dark'] as const)('axe finds no WCAG 2.2 AA violations (%s)', async (theme) => {
    const screen = await render(DemoWidget, { problem, theme, predict: true });
    // The prompt's code loads on demand: check the page with the prompt on it.
    await expect.element(screen.getByRole('textbox', { name: 'Your prediction' })).toBeVisible();
    const results = await axe.run(screen.container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  test('axe also passes on the error panel and with the menus open', async () => {
    const screen = await render(DemoWidget, { problem: '{"values": 3}' });
    const results = await axe.run(screen.container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
    const valid = await render(DemoWidget, { problem });
    for (const details of valid.container.querySelectorAll('details')) details.open = true;
    const open = await axe.run(valid.container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    });
    expect(open.violations.map((v) => v.id)).toEqual([]);
  });
});
