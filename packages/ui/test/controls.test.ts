import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import ErrorPanel from '../src/ErrorPanel.svelte';
import Narration from '../src/Narration.svelte';
import StepperHarness from './fixtures/StepperHarness.svelte';

describe('StepControls with Narration', () => {
  test('buttons step, jump and play; the narration follows', async () => {
    const screen = await render(StepperHarness, { length: 5 });
    const narration = screen.container.querySelector('p')!;
    expect(narration.textContent).toBe('Step Zero');
    await screen.getByRole('button', { name: 'Next step' }).click();
    expect(narration.textContent).toBe('Step One');
    await screen.getByRole('button', { name: 'Last step' }).click();
    expect(narration.textContent).toBe('Step Four');
    await expect
      .element(screen.getByRole('button', { name: 'Next step' }))
      .toHaveAttribute('aria-disabled', 'true');
    // Playwright will not click an aria-disabled button; a pointer user still can.
    (screen.getByRole('button', { name: 'Next step' }).element() as HTMLButtonElement).click();
    expect(narration.textContent).toBe('Step Four');
    await screen.getByRole('button', { name: 'Previous step' }).click();
    expect(narration.textContent).toBe('Step Three');
    await screen.getByRole('button', { name: 'First step' }).click();
    expect(narration.textContent).toBe('Step Zero');
    await expect
      .element(screen.getByRole('button', { name: 'Previous step' }))
      .toHaveAttribute('aria-disabled', 'true');
    (screen.getByRole('button', { name: 'Previous step' }).element() as HTMLButtonElement).click();
    expect(narration.textContent).toBe('Step Zero');

    // Pressed state at the slowest speed (2 s a step), so a busy machine cannot play past it
    // before the check; then play through at the fastest.
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    await speed.selectOptions('0.5');
    await screen.getByRole('button', { name: 'Play' }).click();
    await expect
      .element(screen.getByRole('button', { name: 'Pause' }))
      .toHaveAttribute('aria-pressed', 'true');
    await screen.getByRole('button', { name: 'Pause' }).click();
    await speed.selectOptions('8');
    await screen.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => narration.textContent, { timeout: 5000 }).toBe('Step Four');
    await expect.element(screen.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('the scrubber moves to a step and says where it is', async () => {
    const screen = await render(StepperHarness, { length: 20 });
    const slider = screen.getByRole('slider', { name: 'Step' });
    await expect.element(slider).toHaveAttribute('aria-valuetext', 'Step 1 of 20');
    await slider.fill('6');
    await expect.element(slider).toHaveAttribute('aria-valuetext', 'Step 7 of 20');
    await expect.element(screen.getByText('Step 7 of 20')).toBeVisible();
  });

  test('keys on the widget root: arrows, End, Home, Space', async () => {
    const screen = await render(StepperHarness, { length: 5 });
    const narration = screen.container.querySelector('p')!;
    (screen.container.querySelector('section') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(narration.textContent).toBe('Step Two');
    await userEvent.keyboard('{ArrowLeft}');
    expect(narration.textContent).toBe('Step One');
    await userEvent.keyboard('{End}');
    expect(narration.textContent).toBe('Step Four');
    await userEvent.keyboard('{Home}');
    expect(narration.textContent).toBe('Step Zero');
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('button', { name: 'Pause' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('End and Home from the Next button: focus stays in the controls, so Home still works', async () => {
    const screen = await render(StepperHarness, { length: 5 });
    const narration = screen.container.querySelector('p')!;
    const next = screen.getByRole('button', { name: 'Next step' }).element() as HTMLButtonElement;
    next.focus();
    await userEvent.keyboard('{End}');
    expect(narration.textContent).toBe('Step Four');
    expect(screen.container.querySelector('.controls')!.contains(document.activeElement)).toBe(true);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(next.disabled).toBe(false);
    await userEvent.keyboard('{Home}');
    expect(narration.textContent).toBe('Step Zero');
    expect(next.getAttribute('aria-disabled')).toBe('false');
  });

  test('a widget can offer its own speeds, or none', async () => {
    const speeds = [
      { value: 15, label: '15 updates/s' },
      { value: 60, label: '60 updates/s' },
    ];
    const screen = await render(StepperHarness, { length: 40, speeds, speed: 15 });
    const select = screen.getByRole('combobox', { name: 'Speed' });
    await expect.element(select).toHaveValue('15');
    const options = [...select.element().querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['15 updates/s', '60 updates/s']);
    await select.selectOptions('60');
    await screen.getByRole('button', { name: 'Play' }).click();
    // 39 steps at 60 a second take under a second; at the default 2 a second they would take 20.
    await expect
      .element(screen.getByRole('slider'), { timeout: 5000 })
      .toHaveAttribute('aria-valuetext', 'Step 40 of 40');
    const hidden = await render(StepperHarness, { length: 5, speeds: [] });
    expect(hidden.container.querySelectorAll('select')).toHaveLength(0);
  });

  test('locked controls stay visible and do nothing', async () => {
    const screen = await render(StepperHarness, { length: 5, disabled: true });
    await expect.element(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    await expect.element(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
    await expect.element(screen.getByRole('slider')).toBeDisabled();
  });

  test('every button shows a focus ring', async () => {
    const screen = await render(StepperHarness, { length: 5 });
    (screen.container.querySelector('section') as HTMLElement).focus();
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    // At the first step, First and Previous are aria-disabled but still focusable (see StepControls).
    expect(focused.textContent).toBe('First step');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

describe('Narration', () => {
  test('shows the sentence and announces it politely, but not while playing', async () => {
    const screen = await render(Narration, { text: 'Output (1, 2): 3' });
    const live = screen.container.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Output (1, 2): 3');
    await screen.rerender({ text: 'Output (1, 3): 4', announce: false });
    expect(live.textContent).toBe('');
    await expect.element(screen.getByText('Output (1, 3): 4')).toBeVisible();
  });

  test('never breaks a line inside a name with indices', async () => {
    const text = 'The gradient reaching ∂L/∂W[0][1][1] sums both paths: (0.5)·(2) + (1)·(−1) = 0.';
    const screen = await render(Narration, { text });
    const sentence = screen.container.querySelector<HTMLElement>('.narration')!;
    expect(sentence.textContent).toBe(text);
    // The name's characters, wherever the sentence's text nodes put them.
    const name = document.createRange();
    const start = text.indexOf('∂L/∂W');
    const end = start + '∂L/∂W[0][1][1]'.length;
    const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
    for (
      let at = 0, node = walker.nextNode();
      node;
      at += node.textContent!.length, node = walker.nextNode()
    ) {
      const length = node.textContent!.length;
      if (start >= at && start < at + length) name.setStart(node, start - at);
      if (end > at && end <= at + length) name.setEnd(node, end - at);
    }
    const lines = () => new Set([...name.getClientRects()].map((r) => Math.round(r.top))).size;
    // At every width from a phone's down to the name's own, the name stays on one line.
    for (let width = 320; width >= 120; width -= 4) {
      sentence.style.width = `${width}px`;
      expect(lines(), `at ${width} px`).toBe(1);
    }
  });
});

describe('ErrorPanel', () => {
  test('lists every issue with its path, as an alert, with an action', async () => {
    const screen = await render(ErrorPanel, {
      issues: [
        { path: 'kernels[0][1]', message: 'expected 3 rows, got 2' },
        { path: '', message: 'unknown key "paddding" (did you mean "padding"?)' },
      ],
    });
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('kernels[0][1]: expected 3 rows, got 2');
    await expect.element(alert).toHaveTextContent('problem: unknown key "paddding"');
  });

  test('is never blank', async () => {
    const screen = await render(ErrorPanel, { issues: [] });
    await expect.element(screen.getByRole('alert')).toHaveTextContent('no reason was given');
  });
});
