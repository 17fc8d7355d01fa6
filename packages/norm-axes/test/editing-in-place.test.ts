import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { small } from './fixtures.js';

const grid = (root: HTMLElement) => root.querySelector<SVGGElement>('.cells')!;
const drawn = (root: HTMLElement, i: number) =>
  [...root.querySelectorAll('.values text')].map((t) => t.textContent)[i];

describe('editing the block in place', () => {
  // The pointer stays where a double click left it, over the next test's block, whose panel would
  // then follow it (as hovering does) rather than the selected cell.
  afterEach(() => userEvent.hover(document.body, { position: { x: 0, y: 0 } }));

  test('Enter opens the selected cell, Enter commits, and focus returns to the grid on that cell', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: small, onproblemchange });
    grid(screen.container).focus();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    const field = screen.getByRole('textbox', { name: 'Edit x[0, 1] = 2' });
    await expect.element(field).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}5{Enter}');
    await expect.element(field).not.toBeInTheDocument();
    expect(onproblemchange.mock.lastCall![0].input).toEqual([
      [1, 5, 3],
      [3, 6, 9],
    ]);
    expect(drawn(screen.container, 1)).toBe('5');
    expect(document.activeElement).toBe(grid(screen.container));
    // The edited cell stays the one the arrows move from, and the panel keeps working it.
    expect(screen.container.querySelector('.cell-panel .sentence')!.textContent).toMatch(/^x\[0, 1\] = 5/);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.container.querySelector('.cell-panel .sentence')!.textContent).toMatch(/^x\[1, 1\] = 6/);
  });

  test('typing a number starts editing with it; F2 opens the value; Escape leaves it as it was', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: small, onproblemchange });
    grid(screen.container).focus();
    await userEvent.keyboard('{ArrowDown}-');
    const field = screen.getByRole('textbox', { name: 'Edit x[1, 0] = 3' });
    await expect.element(field).toHaveValue('-');
    await userEvent.keyboard('2.5{Enter}');
    expect(onproblemchange.mock.lastCall![0].input[1]).toEqual([-2.5, 6, 9]);
    await userEvent.keyboard('{F2}');
    await expect.element(screen.getByRole('textbox', { name: 'Edit x[1, 0] = −2.5' })).toHaveValue('-2.5');
    await userEvent.keyboard('7{Escape}');
    await expect.element(screen.getByRole('textbox', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(onproblemchange).toHaveBeenCalledTimes(1);
    // Letters are not numbers: the cell stays as it is.
    await userEvent.keyboard('x');
    expect(screen.container.querySelector('.cell-editor')).toBeNull();
  });

  test('a double click edits the cell under the pointer; a value past the limit is refused with a message', async () => {
    const onproblemchange = vi.fn();
    const screen = await render(NormAxes, { problem: small, onproblemchange });
    await userEvent.dblClick(screen.container.querySelector('.cells rect[data-i="5"]')!);
    const field = screen.getByRole('textbox', { name: 'Edit x[1, 2] = 9' });
    await expect.element(field).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}1e12{Enter}');
    await expect.element(screen.getByText(/at most/)).toBeVisible();
    expect(onproblemchange).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    await expect.element(field).not.toBeInTheDocument();
  });

  test('the field sits over its cell, also where the block is drawn smaller than its natural size', async () => {
    document.body.style.width = '330px';
    const screen = await render(NormAxes, { problem: small });
    await userEvent.dblClick(screen.container.querySelector('.cells rect[data-i="2"]')!);
    const cell = screen.container.querySelector('.cells rect[data-i="2"]')!.getBoundingClientRect();
    const input = screen
      .getByRole('textbox', { name: /^Edit x\[0, 2\]/ })
      .element()
      .getBoundingClientRect();
    expect(Math.abs((input.left + input.right) / 2 - (cell.left + cell.right) / 2)).toBeLessThan(2);
    expect(Math.abs((input.top + input.bottom) / 2 - (cell.top + cell.bottom) / 2)).toBeLessThan(2);
    document.body.style.width = '';
  });

  test('not editable in place while the output is drawn, nor when editing is locked', async () => {
    const output = await render(NormAxes, { problem: small, view: 'output' });
    grid(output.container).focus();
    await userEvent.keyboard('{Enter}5');
    await userEvent.dblClick(output.container.querySelector('.cells rect[data-i="1"]')!);
    expect(output.container.querySelector('.cell-editor')).toBeNull();
    output.unmount();
    const locked = await render(NormAxes, { problem: small, lock: ['edit'] });
    grid(locked.container).focus();
    await userEvent.keyboard('{Enter}5');
    expect(locked.container.querySelector('.cell-editor')).toBeNull();
  });
});
