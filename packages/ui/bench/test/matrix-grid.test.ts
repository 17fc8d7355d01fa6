import { median, redrawTime, report } from '@dlviz/build-config/bench';
import { mount, unmount } from 'svelte';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { CellState } from '../../src/index.js';
import ManyGrids from '../ManyGrids.svelte';

/*
 * What MatrixGrid costs at the size of the largest layer a widget draws: 24 grids of 16×16 with a
 * padding ring. Each figure is the median of several runs, from the change to the browser's layout
 * after Svelte updated the DOM, printed as BENCH lines; times are reported, not asserted.
 * Run with `npx vitest run --dir bench` (this folder is named `test` so the package's test include
 * pattern finds it under --dir bench, while a plain `vitest run` leaves it out).
 */

const RUNS = 9;
const GRIDS = 24;
const SIZE = 16;

const gridsWith = (seed: number) =>
  Array.from({ length: GRIDS }, (_, g) =>
    Array.from({ length: SIZE }, (_, r) =>
      Array.from({ length: SIZE }, (_, c) => (((g * 31 + r * 7 + c * 3 + seed) % 19) - 9) / 4),
    ),
  );

/** A 3×3 window at column `at` of the padded grid, with its centre cell current. */
const windowAt =
  (at: number) =>
  (row: number, col: number): CellState | readonly CellState[] | undefined => {
    if (row < -1 || row > 1 || col < at - 1 || col > at + 1) return undefined;
    return row === 0 && col === at ? ['window', 'active'] : 'window';
  };

test('MatrixGrid: mount, new values, new highlight, padding', { timeout: 300_000 }, async () => {
  const mounts: number[] = [];
  for (let run = 0; run < 3; run++) {
    const target = document.body.appendChild(document.createElement('div'));
    let grids: ReturnType<typeof mount> | undefined;
    mounts.push(
      await redrawTime(() => {
        grids = mount(ManyGrids, {
          target,
          props: { grids: gridsWith(run), highlight: windowAt(0), padding: 1 },
        });
      }),
    );
    await unmount(grids!);
    target.remove();
  }
  report(`mount ${GRIDS} grids of ${SIZE}×${SIZE}`, median(mounts), 'ms', 50);

  const screen = await render(ManyGrids, { grids: gridsWith(0), highlight: windowAt(0), padding: 1 });
  const times = async (change: (run: number) => unknown) => {
    const runs: number[] = [];
    for (let run = 1; run <= RUNS; run++) runs.push(await redrawTime(() => change(run)));
    return median(runs);
  };

  report(
    'every value changes',
    await times((run) => screen.component.change({ grids: gridsWith(run) })),
    'ms',
    16,
  );

  const oneEdit = (run: number) => {
    const grids = gridsWith(0).map((grid) => grid.map((row) => [...row]));
    grids[5]![3]![4] = run;
    return grids;
  };
  report(
    'one value changes (new arrays)',
    await times((run) => screen.component.change({ grids: oneEdit(run) })),
    'ms',
    16,
  );

  report(
    'highlight moves one column',
    await times((run) => screen.component.change({ highlight: windowAt(run) })),
    'ms',
    16,
  );
  report(
    'new highlight function, same states',
    await times(() => screen.component.change({ highlight: windowAt(RUNS) })),
    'ms',
    16,
  );
  report(
    'padding ring on and off',
    await times((run) => screen.component.change({ padding: run % 2 })),
    'ms',
    50,
  );

  expect(screen.container.querySelectorAll('[role="gridcell"]')).toHaveLength(GRIDS * SIZE * SIZE);
});
