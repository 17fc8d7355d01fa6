import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { CellState } from '../src/cell-look.js';
import MatrixGrid from '../src/MatrixGrid.svelte';

const values = [
  [1, 2, 3],
  [4, 5, 6],
];

/** The cells (by data-row,data-col) whose drawing or attributes changed while `change` ran. */
async function touchedBy(container: HTMLElement, change: () => Promise<unknown>): Promise<string[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(container, { subtree: true, attributes: true, childList: true, characterData: true });
  await change();
  records.push(...observer.takeRecords());
  observer.disconnect();
  const cells = records.map((record) => {
    const node = record.target instanceof Element ? record.target : record.target.parentElement;
    const cell = node?.closest('[data-row]');
    return cell ? `${cell.getAttribute('data-row')},${cell.getAttribute('data-col')}` : 'grid';
  });
  return [...new Set(cells)].sort();
}

describe('MatrixGrid redraws only the cells that changed', () => {
  test('a new highlight function with the same answers changes nothing; a moved state, two cells', async () => {
    const at =
      (row: number, col: number) =>
      (r: number, c: number): CellState | undefined =>
        r === row && c === col ? 'active' : undefined;
    const screen = await render(MatrixGrid, { values, label: 'Input', highlight: at(0, 0) });
    expect(await touchedBy(screen.container, () => screen.rerender({ highlight: at(0, 0) }))).toEqual([]);
    expect(await touchedBy(screen.container, () => screen.rerender({ highlight: at(1, 2) }))).toEqual([
      '0,0',
      '1,2',
    ]);
    await expect
      .element(screen.getByRole('gridcell', { name: 'Row 1, column 2: 6 (current)' }))
      .toHaveAttribute('aria-selected', 'true');
  });

  test('new arrays holding one new number change one cell; equal labels in new arrays change nothing', async () => {
    const screen = await render(MatrixGrid, { values, label: 'Input', rowLabels: ['a', 'b'] });
    const edited = values.map((row) => [...row]);
    edited[1]![0] = 40;
    expect(await touchedBy(screen.container, () => screen.rerender({ values: edited }))).toEqual(['1,0']);
    expect(await touchedBy(screen.container, () => screen.rerender({ rowLabels: ['a', 'b'] }))).toEqual([]);
    await expect.element(screen.getByRole('gridcell', { name: 'b, column 0: 40' })).toBeVisible();
  });

  test('describe is asked again on each redraw: a name that reads other state follows it', async () => {
    let unit = 'm';
    const describe = (cell: { value: number }) => `${cell.value} ${unit}`;
    const screen = await render(MatrixGrid, { values, label: 'Input', describe });
    await expect.element(screen.getByRole('gridcell', { name: '5 m' })).toBeVisible();
    unit = 'cm';
    // A new highlight function makes the grid look at every cell; only the names changed.
    await screen.rerender({ highlight: () => undefined });
    await expect.element(screen.getByRole('gridcell', { name: '5 cm' })).toBeVisible();
  });

  test('a column that widens moves only the cells after it', async () => {
    const screen = await render(MatrixGrid, { values, label: 'Input' });
    const widened = (col: number) =>
      values.map((row, r) => row.map((v, c) => (r === 0 && c === col ? 123456 : v)));
    // The last column widens: nothing else moves.
    expect(await touchedBy(screen.container, () => screen.rerender({ values: widened(2) }))).toEqual([
      '0,2',
      '1,2',
      'grid',
    ]);
    // The first column widens (and the last narrows back): every column after the first moves.
    expect(await touchedBy(screen.container, () => screen.rerender({ values: widened(0) }))).toEqual([
      '0,0',
      '0,1',
      '0,2',
      '1,0',
      '1,1',
      '1,2',
      'grid',
    ]);
  });

  test('a new describe renames every cell', async () => {
    const screen = await render(MatrixGrid, { values, label: 'Input', describe: (cell) => `v${cell.value}` });
    await expect.element(screen.getByRole('gridcell', { name: 'v5' })).toBeVisible();
    await screen.rerender({ describe: (cell) => `w${cell.value}` });
    await expect.element(screen.getByRole('gridcell', { name: 'w5' })).toBeVisible();
  });
});
