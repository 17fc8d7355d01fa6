import { openSection } from '@dlviz/build-config/open-section';
import { normPresets } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';

const exam = normPresets.find((p) => p.id === 'exam-batch-fc')!.problem;

describe('the batch experiments', () => {
  test('train versus eval says it uses the whole batch, and the slider leaves it alone', async () => {
    const screen = await render(NormAxes, { problem: exam });
    const lab = await openSection(screen.container, 'Batch size, and train versus eval');
    const evalPart = screen.getByRole('group', {
      name: 'Train versus eval, on the whole batch of 5 examples (the slider above does not apply here)',
    });
    await expect.element(evalPart).toHaveTextContent(/eval outputs of its 5 examples differ/);
    const running = screen.getByRole('region', { name: /over its 5 examples/ });
    await expect.element(running).toBeVisible();
    const before = [evalPart.element().textContent, running.element().textContent];

    const slider = lab.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.value = '3';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    // The slider's own comparison follows n …
    await expect
      .element(screen.getByRole('region', { name: 'Batch means' }))
      .toHaveTextContent(/first 3 examples/);
    // … the whole-batch parts do not.
    expect([evalPart.element().textContent, running.element().textContent]).toEqual(before);
  });

  test('opens on half the batch, so its first sentence shows a difference, not two zeros', async () => {
    const screen = await render(NormAxes, { problem: exam });
    const lab = await openSection(screen.container, 'Batch size, and train versus eval');
    expect(lab.textContent).toContain('Normalize only the first 2 of 5 examples');
    expect(lab.textContent).toMatch(/change by at most [1-9][\d.]*\s+under\s+batch norm/);
    const means = screen.getByRole('region', { name: 'Batch means' }).element();
    expect([...means.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'channel',
      'μ, first 2',
      'μ, all 5',
    ]);
  });

  test('train versus eval is said of batch norm; another type is said to keep no running statistics', async () => {
    const screen = await render(NormAxes, {
      problem: normPresets.find((p) => p.id === 'group-norm-nchw')!.problem,
    });
    await openSection(screen.container, 'Batch size, and train versus eval');
    const evalPart = screen.getByRole('group', { name: /^Train versus eval/ });
    await expect
      .element(evalPart)
      .toHaveTextContent(/^Momentum.*Under batch norm, eval mode normalizes with running statistics/);
    await expect
      .element(evalPart)
      .toHaveTextContent(
        /Group norm keeps no running statistics: each of its groups is normalized with its own values, in training and in eval alike\.$/,
      );
  });

  test("the table shows the whole batch's unbiased variance, the one the running σ̂² moves to", async () => {
    const screen = await render(NormAxes, { problem: exam });
    await openSection(screen.container, 'Batch size, and train versus eval');
    const table = screen.getByRole('region', { name: /over its 5 examples/ }).element();
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toContain('unbiased σ²');
    const number = (text: string) => Number(text.trim().replace('−', '-'));
    for (const row of table.querySelectorAll('tbody tr')) {
      const cells = [...row.children].map((cell) => cell.textContent!);
      const running = cells[3]!.split('→').map(number);
      const [biased, unbiased] = [number(cells[4]!), number(cells[5]!)];
      expect(Math.abs(unbiased - (biased * 5) / 4)).toBeLessThan(0.01 * unbiased);
      // PyTorch's default momentum, 0.1: the last running value is 0.9 of the one before plus 0.1 of it.
      expect(Math.abs(running.at(-1)! - (0.9 * running.at(-2)! + 0.1 * unbiased))).toBeLessThan(
        0.01 * running.at(-1)!,
      );
    }
  });

  test('a batch of one names itself without pointing to a slider it does not have', async () => {
    const screen = await render(NormAxes, {
      problem: normPresets.find((p) => p.id === 'single-example-batch')!.problem,
    });
    await openSection(screen.container, 'Batch size, and train versus eval');
    await expect
      .element(screen.getByRole('group', { name: 'Train versus eval, on the whole batch of 1 example' }))
      .toBeVisible();
  });
});
