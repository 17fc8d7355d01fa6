import { copiedLink } from '@dlviz/build-config/copied-link';
import { openSection } from '@dlviz/build-config/open-section';
import { normPresets } from '@dlviz/core';
import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { small, veiledGroups } from './fixtures.js';
import ViewHost from '@dlviz/build-config/view-host';

describe('editing', () => {
  test('editing a value redraws the cell and emits problemchange', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: small, onproblemchange });
    const field = screen.getByRole('textbox', { name: 'value of x[0, 0]' });
    await field.fill('4');
    await userEvent.keyboard('{Enter}');
    expect(onproblemchange).toHaveBeenCalledTimes(1);
    expect(onproblemchange.mock.calls[0]![0].input).toEqual([
      [4, 2, 3],
      [3, 6, 9],
    ]);
    expect(screen.container.querySelector('.values text')!.textContent).toBe('4');
    expect(screen.container.querySelector('.narration')!.textContent).toContain('(4 + 2 + 3)/3 = 9/3 = 3');
  });

  test('Random draws new values from a seed shown while the draw is on screen', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: small, onproblemchange });
    expect(screen.container.querySelector('.seed')).toBeNull();
    await screen.getByRole('button', { name: /^Random/ }).click();
    await expect.element(screen.getByRole('button', { name: /^Random seed \d+/ })).toBeVisible();
    expect(onproblemchange).toHaveBeenCalledTimes(1);
    expect(onproblemchange.mock.lastCall![0].input).not.toEqual(small.input);
    // An edit leaves values the seed no longer makes.
    const field = screen.getByRole('textbox', { name: 'value of x[0, 0]' });
    await field.fill('4');
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('button', { name: /seed/ })).not.toBeInTheDocument();
  });

  test('the view option opens the output values, and "Copy link" says which are shown', async () => {
    const screen = await render(NormAxes, { problem: small, view: 'output' });
    await expect
      .element(screen.getByRole('button', { name: 'output y' }))
      .toHaveAttribute('aria-pressed', 'true');
    expect((await copiedLink(screen.container)).searchParams.get('view')).toBe('output');
  });

  test('the view option pins a cell; "Copy link" carries the values and the cell the reader chose', async () => {
    const screen = await render(NormAxes, { problem: small, view: 'output,cell:5' });
    // Without a pin, the panel would work the current group's first cell, x[0, 0].
    expect(screen.container.querySelector('.cell-panel .sentence')!.textContent).toMatch(
      /^x\[1, 2\] = 9 in example 1/,
    );
    expect(screen.container.querySelector('.selected')).not.toBeNull();
    await screen.getByRole('button', { name: 'input x' }).click();
    screen.container
      .querySelector('.cells rect[data-i="1"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await expect
      .poll(() => screen.container.querySelector('.cell-panel .sentence')!.textContent)
      .toMatch(/^x\[0, 1\] = 2 /);
    expect((await copiedLink(screen.container)).searchParams.get('view')).toBe('cell:1');
  });

  test('the view option groups the plots; "Copy link" carries a grouping other than the type\'s', async () => {
    expect(small.type).toBe('layer');
    const screen = await render(NormAxes, { problem: small, view: 'by:channel' });
    const button = (by: string) => screen.getByRole('button', { name: `per ${by}` });
    await expect.element(button('channel')).toHaveAttribute('aria-pressed', 'true');
    expect((await copiedLink(screen.container)).searchParams.get('view')).toBe('by:channel');
    // Layer norm's plots are per example by default: that needs no word in the link.
    await button('example').click();
    await expect.element(button('example')).toHaveAttribute('aria-pressed', 'true');
    expect((await copiedLink(screen.container)).searchParams.has('view')).toBe(false);
    await button('channel').click();
    expect((await copiedLink(screen.container)).searchParams.get('view')).toBe('by:channel');
  });

  test('a cell the input does not have is not pinned; the default and an edit write no view', async () => {
    const outside = await render(NormAxes, { problem: small, view: 'output,cell:6' });
    expect(outside.container.querySelector('.selected')).toBeNull();
    expect((await copiedLink(outside.container)).searchParams.get('view')).toBe('output');
    outside.unmount();
    const plain = await render(NormAxes, { problem: small });
    expect((await copiedLink(plain.container)).searchParams.has('view')).toBe(false);
    plain.unmount();
    // A new value keeps its cell pinned, so the panel goes on working it; a new type unpins it.
    const edited = await render(NormAxes, { problem: small, view: 'cell:2' });
    expect(edited.container.querySelector('.selected')).not.toBeNull();
    await edited.getByRole('textbox', { name: 'value of x[0, 2]' }).fill('4');
    await userEvent.keyboard('{Enter}');
    await expect.element(edited.getByRole('textbox', { name: 'value of x[0, 2]' })).toHaveValue('4');
    expect(edited.container.querySelector('.selected')).not.toBeNull();
    expect((await copiedLink(edited.container)).searchParams.get('view')).toBe('cell:2');
    await edited.getByRole('button', { name: /^Batch norm/ }).click();
    await expect.poll(() => edited.container.querySelector('.selected')).toBeNull();
    expect((await copiedLink(edited.container)).searchParams.has('view')).toBe(false);
    edited.unmount();
    // A host that passes a smaller problem with the same view: cell 5 is no longer there.
    const shrunk = await render(NormAxes, { problem: small, view: 'cell:5' });
    expect(shrunk.container.querySelector('.selected')).not.toBeNull();
    await shrunk.rerender({
      problem: {
        ...small,
        input: [
          [1, 2],
          [3, 4],
        ],
      },
      view: 'cell:5',
    });
    await expect.poll(() => shrunk.container.querySelector('.selected')).toBeNull();
    expect(shrunk.container.querySelector('.cell-panel .sentence')!.textContent).toMatch(/^x\[0, 0\] = 1 /);
    expect((await copiedLink(shrunk.container)).searchParams.has('view')).toBe(false);
  });

  test("a host that passes the same view again, from a new object, keeps the reader's choice", async () => {
    const screen = await render(ViewHost, { widget: NormAxes, problem: small, view: 'output' });
    await screen.getByRole('button', { name: 'input x' }).click();
    // Random reports a new problem; the host rebuilds its state object, view text unchanged.
    await screen.getByRole('button', { name: /^Random/ }).click();
    await expect.element(screen.getByRole('button', { name: /^Random seed/ })).toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'input x' }))
      .toHaveAttribute('aria-pressed', 'true');
  });

  test('choosing a type in the gallery regroups the cells', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: small, onproblemchange });
    expect(veiledGroups(screen.container)).toBe(1);
    await screen.getByRole('button', { name: /^Batch norm/ }).click();
    expect(onproblemchange.mock.calls[0]![0].type).toBe('batch');
    // Batch norm on 2 × 3: one group per feature.
    expect(veiledGroups(screen.container)).toBe(2);
    await expect
      .element(screen.getByRole('button', { name: /^Batch norm/ }))
      .toHaveAttribute('aria-pressed', 'true');
  });

  test('the type select, group count and γ, β reach the problem', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: normPresets[5]!.problem, onproblemchange });
    await openSection(screen.container, 'Normalization settings');
    await screen.getByRole('combobox', { name: 'Type' }).selectOptions('group');
    await screen.getByRole('combobox', { name: 'G' }).selectOptions('4');
    expect(onproblemchange.mock.lastCall![0].groups).toBe(4);
    await screen.getByText(/γ and β per channel/).click();
    await screen.getByRole('textbox', { name: 'beta, channel 1' }).fill('0.5');
    await userEvent.keyboard('{Enter}');
    expect(onproblemchange.mock.lastCall![0].beta).toEqual([0, 0.5, 0, 0]);
    // Beyond the problem's limit, refused in the field: the drawing stays.
    const gamma = screen.getByRole('textbox', { name: 'gamma, channel 0' });
    await gamma.fill('1e12');
    await userEvent.keyboard('{Enter}');
    await expect.element(gamma).toHaveAttribute('aria-invalid', 'true');
    await expect.element(screen.getByText('Must be at most 10⁹')).toBeVisible();
    expect(screen.container.querySelector('[role=alert]')).toBeNull();
    expect(onproblemchange.mock.lastCall![0].gamma ?? []).not.toContain(1e12);
  });

  test('a smaller N keeps the first examples as they were', async () => {
    const onproblemchange = vi.fn();
    const problem = normPresets[0]!.problem;
    const screen = await render(NormAxes, { problem, onproblemchange });
    await openSection(screen.container, 'Normalization settings');
    await screen.getByRole('textbox', { name: 'N', exact: true }).fill('2');
    await userEvent.keyboard('{Tab}');
    expect(onproblemchange.mock.lastCall![0].input).toEqual(problem.input.slice(0, 2));
    expect(screen.container.querySelectorAll('.cells rect')).toHaveLength(8);
  });

  test('hovering a cell works it in the cell panel; clicking pins it', async () => {
    const screen = await render(NormAxes, { problem: small });
    const cell = screen.container.querySelector<SVGRectElement>('.cells rect[data-i="5"]')!;
    cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await expect.element(screen.getByText('Cell under the pointer')).toBeVisible();
    expect(screen.container.querySelector('.cell-panel .sentence')!.textContent).toMatch(
      /^x\[1, 2\] = 9 in example 1/,
    );
    cell.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    cell.dispatchEvent(new PointerEvent('pointerleave', { bubbles: true }));
    screen.container.querySelector('.cells')!.dispatchEvent(new PointerEvent('pointerleave'));
    await expect.element(screen.getByText('Selected cell', { exact: true })).toBeVisible();
    expect(screen.container.querySelector('.selected')).not.toBeNull();
  });

  test('while a panel field has focus, the panel keeps its cell: the pointer crossing the block does not take the edit', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: small, onproblemchange });
    const field = screen.getByRole('textbox', { name: 'value of x[0, 0]' });
    await field.fill('4');
    const cell = screen.container.querySelector<SVGRectElement>('.cells rect[data-i="5"]')!;
    cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await expect.element(screen.getByText('Selected cell', { exact: true })).toBeVisible();
    await expect.element(field).toHaveValue('4');
    await userEvent.keyboard('{Enter}');
    expect(onproblemchange.mock.lastCall![0].input).toEqual([
      [4, 2, 3],
      [3, 6, 9],
    ]);
    // Focus gone from the panel, it follows the pointer again.
    (document.activeElement as HTMLElement).blur();
    cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await expect.element(screen.getByText('Cell under the pointer')).toBeVisible();
  });

  test('batch norm with one example: every output is β, layer norm unchanged', async () => {
    const screen = await render(NormAxes, { problem: normPresets[4]!.problem });
    await openSection(screen.container, 'Batch size, and train versus eval');
    await expect.element(screen.getByRole('note')).toHaveTextContent(/every batch-norm output equals β/);
    await screen.getByRole('button', { name: 'output y' }).click();
    const shown = [...screen.container.querySelectorAll('.values text')].map((t) => t.textContent);
    expect(shown).toEqual(['0.1', '−0.3', '0.5', '0']);
  });
});
