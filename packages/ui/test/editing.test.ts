import type { ComponentProps } from 'svelte';
import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import MatrixGrid from '../src/MatrixGrid.svelte';
import NumberField from '../src/NumberField.svelte';
import PaddingRing from '../src/PaddingRing.svelte';

describe('NumberField', () => {
  test('Enter commits a typed value', async () => {
    const onchange = vi.fn();
    const screen = await render(NumberField, { value: 2, label: 'Weight', onchange });
    const input = screen.getByRole('textbox', { name: 'Weight' });
    await expect.element(input).toHaveValue('2');
    await input.fill('−1.5');
    expect(onchange).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onchange).toHaveBeenCalledWith(-1.5);
  });

  test('blur commits, Escape cancels', async () => {
    const onchange = vi.fn();
    const oncancel = vi.fn();
    const screen = await render(NumberField, { value: 2, label: 'Weight', onchange, oncancel });
    const input = screen.getByRole('textbox', { name: 'Weight' });
    await input.fill('7');
    await userEvent.keyboard('{Escape}');
    await expect.element(input).toHaveValue('2');
    expect(oncancel).toHaveBeenCalled();
    expect(onchange).not.toHaveBeenCalled();
    await input.fill('9');
    (input.element() as HTMLInputElement).blur();
    expect(onchange).toHaveBeenCalledWith(9);
  });

  test('ondraft reads the text as it is typed, and says when the value shows again', async () => {
    const ondraft = vi.fn();
    const screen = await render(NumberField, {
      value: 2,
      label: 'Count',
      integer: true,
      onchange: () => {},
      ondraft,
    });
    const input = screen.getByRole('textbox', { name: 'Count' });
    await input.fill('2.5');
    expect(ondraft).toHaveBeenLastCalledWith({ ok: false, message: 'Must be a whole number' });
    await input.fill('4');
    expect(ondraft).toHaveBeenLastCalledWith({ ok: true, value: 4 });
    await userEvent.keyboard('{Escape}');
    expect(ondraft).toHaveBeenLastCalledWith(undefined);
  });

  test('invalid text is kept, marked invalid and explained', async () => {
    const onchange = vi.fn();
    const screen = await render(NumberField, { value: 2, label: 'Weight', onchange });
    const input = screen.getByRole('textbox', { name: 'Weight' });
    await input.fill('2..5');
    await userEvent.keyboard('{Enter}');
    (input.element() as HTMLInputElement).blur();
    expect(onchange).not.toHaveBeenCalled();
    await expect.element(input).toHaveValue('2..5');
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect.element(input).toHaveAccessibleDescription('“2..5” is not a number');
  });

  test('the message floats over what follows, or with messageBelow takes room under the field and wraps', async () => {
    const host = document.createElement('div');
    host.style.width = '80px';
    document.body.append(host);
    for (const messageBelow of [false, true]) {
      const screen = await render(NumberField, {
        props: {
          value: 2,
          label: `Count ${messageBelow}`,
          integer: true,
          max: 10,
          messageBelow,
          onchange: () => {},
        },
        target: host,
      });
      await screen.getByRole('textbox', { name: `Count ${messageBelow}` }).fill('12.5');
      const field = [...host.querySelectorAll<HTMLElement>('.field')].at(-1)!;
      const message = field.querySelector<HTMLElement>('.error')!;
      await expect.element(message).toBeVisible();
      const inside = message.getBoundingClientRect().right <= field.getBoundingClientRect().right + 0.5;
      // Floating, it is in the top layer, fixed under the field; below, in the flow.
      expect(getComputedStyle(message).position).toBe(messageBelow ? 'static' : 'fixed');
      // Below, the field grows to hold the message, wrapped to its width.
      expect(inside).toBe(messageBelow);
      expect(field.getBoundingClientRect().height > 40).toBe(messageBelow);
    }
    host.remove();
  });

  test('ArrowUp and ArrowDown nudge by the step and commit', async () => {
    const onchange = vi.fn();
    const screen = await render(NumberField, { value: 0.1, step: 0.2, label: 'Rate', onchange });
    await screen.getByRole('textbox').click();
    await userEvent.keyboard('{ArrowUp}');
    expect(onchange).toHaveBeenLastCalledWith(0.3);
    await userEvent.keyboard('{ArrowDown}');
    expect(onchange).toHaveBeenLastCalledWith(-0.1);
  });

  test('a number its check refuses stays in the field with the message, typed or nudged', async () => {
    const onchange = vi.fn();
    const check = (value: number) => (value >= 1 ? 'Must be less than 1' : undefined);
    const screen = await render(NumberField, { value: 0.5, step: 0.5, label: 'Share', check, onchange });
    const field = screen.getByRole('textbox');
    await field.fill('2');
    await userEvent.keyboard('{Enter}');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(screen.getByText('Must be less than 1')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(field).toHaveValue('0.5');
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(field).toHaveValue('1');
    await expect.element(screen.getByText('Must be less than 1')).toBeVisible();
    expect(onchange).not.toHaveBeenCalled();
    await userEvent.keyboard('{ArrowDown}');
    expect(onchange).toHaveBeenLastCalledWith(0);
  });
});

const values = [
  [1, 2, 3],
  [4, -5, 6],
];

describe('MatrixGrid', () => {
  test('draws each number with a name saying where it is and what state it is in', async () => {
    const screen = await render(MatrixGrid, {
      values,
      label: 'Input',
      highlight: (r, c) => (r === 1 && c === 1 ? 'active' : undefined),
    });
    await expect.element(screen.getByRole('grid', { name: 'Input' })).toBeVisible();
    expect(screen.getByRole('gridcell').all()).toHaveLength(6);
    await expect
      .element(screen.getByRole('gridcell', { name: 'Row 1, column 1: −5 (current)' }))
      .toHaveAttribute('aria-selected', 'true');
    const texts = [...screen.container.querySelectorAll('[role=gridcell] text')].map((t) => t.textContent);
    expect(texts).toEqual(['1', '2', '3', '4', '−5', '6']);
  });

  test('the focus ring round the last cell is whole inside a scrolling container', async () => {
    const scroller = document.createElement('div');
    scroller.style.cssText = 'overflow-x: auto; width: max-content';
    document.body.append(scroller);
    const screen = await render(MatrixGrid, { props: { values, label: 'Input' }, target: scroller });
    (screen.getByRole('gridcell').first().element() as HTMLElement).focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    const ring = screen.container.querySelector('.focus-ring')!;
    const reach = ring.getBoundingClientRect();
    const half = Number.parseFloat(getComputedStyle(ring).strokeWidth) / 2;
    expect(half).toBeGreaterThan(0);
    const box = scroller.getBoundingClientRect();
    expect(reach.right + half).toBeLessThanOrEqual(box.right);
    expect(reach.bottom + half).toBeLessThanOrEqual(box.bottom);
    scroller.remove();
  });

  /** A grid of `values` named Input with zero padding, drawn by PaddingRing. */
  const renderPadded = (
    padding: readonly [number, number],
    props: Partial<ComponentProps<typeof MatrixGrid>> = {},
  ) => render(MatrixGrid, { values, label: 'Input', padding, ring: PaddingRing, ...props });

  /** Every padding zero a grid draws: the ring's one text of zeros and the marked cells' own. */
  const zerosIn = (container: Element) =>
    [...container.querySelectorAll('g[aria-hidden="true"] .zero')].map((t) => t.textContent).join('');

  test('the padding ring is drawn as distinct zero cells, hidden from the grid semantics', async () => {
    const screen = await renderPadded([1, 1]);
    await expect
      .element(screen.getByRole('grid', { name: 'Input, with 1 ring of zero padding' }))
      .toBeVisible();
    expect(zerosIn(screen.container)).toBe('0'.repeat(4 * 5 - 6));
    const outline = screen.container.querySelector<SVGPathElement>('g[aria-hidden="true"] path.ring')!;
    expect(getComputedStyle(outline).strokeDasharray).not.toBe('none');
    // One rect per padding cell, each a cell edge apart: the ring's cells are told apart.
    expect(outline.getAttribute('d')!.match(/M/g)).toHaveLength(14);
  });

  test('a padding cell a step marks is drawn as a cell of its own over the ring; a faded one instead of it', async () => {
    const highlight = (row: number, col: number) =>
      row === -1 && col === 0 ? 'window' : row === -1 && col === 1 ? 'muted' : undefined;
    const screen = await renderPadded([1, 1], { highlight });
    const marked = [...screen.container.querySelectorAll<SVGGElement>('g[aria-hidden="true"] .cell')];
    expect(marked.map((cell) => [cell.dataset.row, cell.dataset.col])).toEqual([
      ['-1', '0'],
      ['-1', '1'],
    ]);
    expect(marked[0]!.querySelector('rect')!.getAttribute('style')).toContain('var(--_window)');
    expect(marked[1]!.classList.contains('faded')).toBe(true);
    // The window's cell hides the ring's beneath it; the faded one, seen through, leaves the ring.
    const outline = screen.container.querySelector('path.ring')!.getAttribute('d')!;
    expect(outline.match(/M/g)).toHaveLength(13);
    expect(outline).toContain('M1 -35');
    expect(outline).not.toContain('M37 -35');
  });

  test('padding may differ by axis: only the rows and columns it adds are drawn, and the name says which', async () => {
    // values is 2×3: no padding rows, two padding columns on each side.
    const screen = await renderPadded([0, 2]);
    await expect
      .element(screen.getByRole('grid', { name: 'Input, with zero padding of 2 columns on each side' }))
      .toBeVisible();
    expect(zerosIn(screen.container)).toBe('0'.repeat(2 * 4));
    const zeros = screen.container.querySelector('g[aria-hidden="true"] .zero')!;
    // Two rows of values, each with its zeros at its middle: 18 and 54 px down.
    expect(new Set(zeros.getAttribute('y')!.trim().split(' '))).toEqual(new Set(['18', '54']));
    const svg = screen.container.querySelector('svg')!;
    expect(Number(svg.getAttribute('width'))).toBe(7 * 36);
    expect(Number(svg.getAttribute('height'))).toBe(2 * 36);
    await renderPadded([1, 2], { label: 'Other' });
    await expect
      .element(
        screen.getByRole('grid', {
          name: 'Other, with zero padding of 1 row and 2 columns on each side',
        }),
      )
      .toBeVisible();
  });

  test('arrow keys move a roving tabindex; Enter selects', async () => {
    const onselect = vi.fn();
    const onfocuscell = vi.fn();
    const screen = await render(MatrixGrid, { values, label: 'Input', onselect, onfocuscell });
    const tabbable = () => screen.container.querySelectorAll('[role=gridcell][tabindex="0"]');
    expect(tabbable()).toHaveLength(1);
    (tabbable()[0] as SVGGElement).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Row 1, column 1: −5');
    expect(tabbable()).toHaveLength(1);
    expect(onfocuscell).toHaveBeenLastCalledWith({ row: 1, col: 1, value: -5 });
    // The grid's one focus ring is drawn, around the focused cell.
    const ring = screen.container.querySelector<SVGRectElement>('.focus-ring')!;
    expect(getComputedStyle(ring).strokeWidth).toBe('3px');
    const center = (box: DOMRect) => [box.x + box.width / 2, box.y + box.height / 2];
    expect(center(ring.getBoundingClientRect())).toEqual(
      center((document.activeElement as SVGGElement).getBoundingClientRect()),
    );
    await userEvent.keyboard('{End}');
    expect(document.activeElement?.getAttribute('data-col')).toBe('2');
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Row 0, column 0: 1');
    await userEvent.keyboard('{Enter}');
    expect(onselect).toHaveBeenCalledWith({ row: 0, col: 0, value: 1 });
  });

  test('hover and click report the cell', async () => {
    const onhover = vi.fn();
    const onselect = vi.fn();
    const screen = await render(MatrixGrid, { values, label: 'Input', onhover, onselect });
    await screen.getByRole('gridcell', { name: 'Row 0, column 2: 3' }).click();
    expect(onselect).toHaveBeenCalledWith({ row: 0, col: 2, value: 3 });
    expect(onhover).toHaveBeenCalledWith({ row: 0, col: 2, value: 3 });
    // Moving between a cell's square and its number reports the cell once.
    const cell = screen.container.querySelector('[data-row="1"][data-col="0"]')!;
    const calls = onhover.mock.calls.length;
    for (const part of [
      cell.querySelector('rect')!,
      cell.querySelector('text')!,
      cell.querySelector('rect')!,
    ])
      part.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(onhover.mock.calls.slice(calls)).toEqual([[{ row: 1, col: 0, value: values[1]![0] }]]);
    expect(onselect).toHaveBeenCalledTimes(1);
  });

  test('keyboard focus reports its cell as hovered; the pointer, while over a cell, comes first', async () => {
    const onhover = vi.fn();
    const screen = await render(MatrixGrid, { values, label: 'Input', onhover });
    const grid = screen.container.querySelector('svg')!;
    // The pointer may rest where an earlier test clicked: it moves off the grid first.
    await userEvent.unhover(grid);
    grid.dispatchEvent(new PointerEvent('pointerleave'));
    const first = screen.container.querySelector<SVGGElement>('[role=gridcell][tabindex="0"]')!;
    first.focus();
    expect(onhover).toHaveBeenLastCalledWith({ row: 0, col: 0, value: 1 });
    await userEvent.keyboard('{ArrowDown}');
    expect(onhover).toHaveBeenLastCalledWith({ row: 1, col: 0, value: values[1]![0] });
    // Pointing at another cell shows that one; leaving it goes back to the focused cell.
    const cell = screen.container.querySelector('[data-row="0"][data-col="2"] rect')!;
    cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(onhover).toHaveBeenLastCalledWith({ row: 0, col: 2, value: 3 });
    grid.dispatchEvent(new PointerEvent('pointerleave'));
    expect(onhover).toHaveBeenLastCalledWith({ row: 1, col: 0, value: values[1]![0] });
    (document.activeElement as HTMLElement | null)?.blur();
    expect(onhover).toHaveBeenLastCalledWith(undefined);
  });

  test('pointing at a padding cell reports its place and a zero; clicking it selects nothing', async () => {
    const onhover = vi.fn();
    const onselect = vi.fn();
    const screen = await renderPadded([1, 1], { onhover, onselect });
    const svg = screen.container.querySelector('svg')!;
    // Drawn at half size, so that the pointer's place is scaled to the grid's own pixels.
    svg.style.width = `${Number(svg.getAttribute('width')) / 2}px`;
    const outline = screen.container.querySelector('path.ring')!;
    /** Points at the middle of (row, col), counted in 36 px cells from the ring's corner. */
    const pointAt = (row: number, col: number) => {
      const box = svg.getBoundingClientRect();
      const at = { clientX: box.left + (col + 0.5) * 18, clientY: box.top + (row + 0.5) * 18 };
      outline.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, ...at }));
    };
    pointAt(0, 0);
    expect(onhover).toHaveBeenLastCalledWith({ row: -1, col: -1, value: 0 });
    pointAt(0, 2);
    expect(onhover).toHaveBeenLastCalledWith({ row: -1, col: 1, value: 0 });
    pointAt(2, 4);
    expect(onhover).toHaveBeenLastCalledWith({ row: 1, col: 3, value: 0 });
    pointAt(3, 1);
    expect(onhover).toHaveBeenLastCalledWith({ row: 2, col: 0, value: 0 });
    outline.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onselect).not.toHaveBeenCalled();
    svg.dispatchEvent(new PointerEvent('pointerleave'));
    expect(onhover).toHaveBeenLastCalledWith(undefined);
  });

  test('pointing at a padding cell a step marks reports it too', async () => {
    const onhover = vi.fn();
    const highlight = (row: number, col: number) => (row === -1 && col === -1 ? 'window' : undefined);
    const screen = await renderPadded([1, 1], { highlight, onhover });
    const corner = screen.container.querySelector<SVGGElement>('[data-row="-1"][data-col="-1"]')!;
    corner.querySelector('rect')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(onhover).toHaveBeenLastCalledWith({ row: -1, col: -1, value: 0 });
  });

  test('cells edit in place from the keyboard and focus returns to the cell', async () => {
    const onedit = vi.fn();
    const screen = await render(MatrixGrid, { values, label: 'Input', onedit });
    (screen.container.querySelector('[tabindex="0"]') as SVGGElement).focus();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    const field = screen.getByRole('textbox', { name: 'Edit Row 0, column 1: 2' });
    await expect.element(field).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}12{Enter}');
    expect(onedit).toHaveBeenCalledWith({ row: 0, col: 1 }, 12);
    await expect.element(field).not.toBeInTheDocument();
    expect(document.activeElement?.getAttribute('data-col')).toBe('1');
    await userEvent.keyboard('{Enter}{Escape}');
    expect(onedit).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.getAttribute('data-col')).toBe('1');
  });

  test("a cell's message shows whole even where the grid sits in a narrow box that scrolls", async () => {
    const box = document.createElement('div');
    box.style.cssText = 'width: 120px; overflow: auto';
    document.body.append(box);
    const screen = await render(MatrixGrid, {
      props: { values, label: 'Input', onedit: () => {} },
      target: box,
    });
    (screen.container.querySelector('[tabindex="0"]') as SVGGElement).focus();
    await userEvent.keyboard('{End}{Enter}{Control>}a{/Control}1e999{Enter}');
    const message = screen.getByText('The number is too large').element() as HTMLElement;
    const edges = message.getBoundingClientRect();
    // Painted on top at both ends, not cut off at the box's edge.
    for (const x of [edges.left + 2, edges.right - 2])
      expect(document.elementFromPoint(x, (edges.top + edges.bottom) / 2)).toBe(message);
    expect(edges.top).toBeGreaterThanOrEqual(
      screen.getByRole('textbox').element().getBoundingClientRect().bottom,
    );
    box.remove();
  });

  test('typing a number on a cell starts editing it with what is typed', async () => {
    const onedit = vi.fn();
    const screen = await render(MatrixGrid, { values, label: 'Input', onedit });
    (screen.container.querySelector('[tabindex="0"]') as SVGGElement).focus();
    await userEvent.keyboard('{ArrowRight}-');
    const field = screen.getByRole('textbox', { name: 'Edit Row 0, column 1: 2' });
    await expect.element(field).toHaveFocus();
    await expect.element(field).toHaveValue('-');
    await userEvent.keyboard('7.5{Enter}');
    expect(onedit).toHaveBeenCalledWith({ row: 0, col: 1 }, -7.5);
    // One digit and Enter: the digit alone is the new value.
    await userEvent.keyboard('{ArrowLeft}3{Enter}');
    expect(onedit).toHaveBeenLastCalledWith({ row: 0, col: 0 }, 3);
    // Letters are not numbers: they leave the cell as it is.
    await userEvent.keyboard('x');
    await expect.element(screen.getByRole('textbox')).not.toBeInTheDocument();
    expect(onedit).toHaveBeenCalledTimes(2);
  });

  test('a 16×16 grid renders with every number fitting its cell', async () => {
    const big = Array.from({ length: 16 }, (_, r) => Array.from({ length: 16 }, (_, c) => (r - c) * 1.23456));
    const screen = await render(MatrixGrid, { values: big, label: 'Big', cellSize: 28 });
    const cells = screen.container.querySelectorAll('[role=gridcell]');
    expect(cells).toHaveLength(256);
    for (const cell of cells) {
      const width = Number(cell.querySelector('rect')!.getAttribute('width'));
      expect(cell.querySelector('text')!.getBBox().width).toBeLessThanOrEqual(width);
    }
  });

  test('a column is as wide as its widest number, so 123456789 and 1.24×10⁻²¹⁰ read at full size', async () => {
    const screen = await render(MatrixGrid, {
      values: [
        [123456789, 1, 2],
        [3, -1.24e-210, 4],
      ],
      label: 'Wide',
      colLabels: ['a', 'b', 'c'],
    });
    const cells = [...screen.container.querySelectorAll<SVGGElement>('[role=gridcell]')];
    const rectWidth = (i: number) => cells[i]!.querySelector('rect')!.getBoundingClientRect().width;
    const textWidth = (i: number) => cells[i]!.querySelector('text')!.getBoundingClientRect().width;
    // Nothing squeezed: every number at its natural width, inside its cell.
    expect(screen.container.querySelectorAll('text[textLength]')).toHaveLength(0);
    for (const i of cells.keys()) expect(textWidth(i)).toBeLessThan(rectWidth(i));
    // Each column as wide as its widest number needs, down the column; a column of short ones keeps the cell edge.
    expect(rectWidth(0)).toBeGreaterThan(60);
    expect(rectWidth(3)).toBe(rectWidth(0));
    expect(rectWidth(4)).toBeGreaterThan(rectWidth(0));
    expect(rectWidth(1)).toBe(rectWidth(4));
    expect(rectWidth(2)).toBe(34);
    // Labels stay centred over their columns, and the focus ring goes round the wide cell it is on.
    const label = [...screen.container.querySelectorAll('.label text')].find((t) => t.textContent === 'b')!;
    const middle = (box: DOMRect) => box.left + box.width / 2;
    expect(middle(label.getBoundingClientRect())).toBeCloseTo(
      middle(cells[1]!.querySelector('rect')!.getBoundingClientRect()),
      0,
    );
    cells[4]!.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowRight}');
    const ring = screen.container.querySelector('.focus-ring')!.getBoundingClientRect();
    expect(ring.width).toBeCloseTo(rectWidth(4) + 4, 0);
  });

  test('columns sized for the final values keep their widths while the values fill in', async () => {
    const final = [[123456789, 0.5]];
    const screen = await render(MatrixGrid, { values: [[0, 0]], sizedFor: final, label: 'Filling' });
    const svg = screen.container.querySelector('svg')!;
    const width = svg.getAttribute('width');
    expect(Number(width)).toBeGreaterThan(2 * 36);
    await screen.rerender({ values: final });
    expect(svg.getAttribute('width')).toBe(width);
    expect(screen.container.querySelectorAll('text[textLength]')).toHaveLength(0);
  });

  test("a squeezed number keeps clear of the current cell's thick border", async () => {
    const screen = await render(MatrixGrid, {
      values: [[-0.1, -0.25]],
      label: 'Small',
      cellSize: 30,
      highlight: () => ['active'],
    });
    for (const cell of screen.container.querySelectorAll<SVGGElement>('[role=gridcell]')) {
      const box = cell.querySelector('rect')!.getBoundingClientRect();
      const text = cell.querySelector('text')!.getBoundingClientRect();
      // The border is 3.5 wide on the rect's edge: 1.75 of it lies inside.
      expect(text.left - (box.left + 1.75)).toBeGreaterThanOrEqual(1.5);
      expect(box.right - 1.75 - text.right).toBeGreaterThanOrEqual(1.5);
    }
  });
});
