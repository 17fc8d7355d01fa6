import type { ConvGeometry } from '@dlviz/core';

const labels = (n: number) => Array.from({ length: n }, (_, i) => String(i));

/**
 * How one kind of grid is drawn: its cell size and the labels of its rows and columns, each as state
 * written only when it changes. Svelte marks everything downstream of a changed value before it
 * compares anything, so sizes derived from each new problem would have every cell of every grid
 * looked at again (thousands); kept this way, a change of padding leaves the kernels' grids and the
 * input's cells alone, and new labels do not touch what reads only the cell size.
 */
export class GridSize {
  cellSize = $state(0);
  rowLabels = $state.raw<readonly string[]>([]);
  colLabels = $state.raw<readonly string[]>([]);

  /** Sizes a grid of rows × columns values with padding rows above and below, columns each side. */
  update(rows: number, columns: number, [padRows, padColumns]: readonly [number, number] = [0, 0]): void {
    // Smaller cells for larger maps, so a 16×16 channel stays on screen.
    const n = Math.max(rows + 2 * padRows, columns + 2 * padColumns);
    this.cellSize = n <= 6 ? 36 : n <= 10 ? 30 : 24;
    if (this.rowLabels.length !== rows) this.rowLabels = labels(rows);
    if (this.colLabels.length !== columns) this.colLabels = labels(columns);
  }
}

/** The sizes of the widget's kinds of grids. */
export class GridSizes {
  readonly input = new GridSize();
  readonly kernel = new GridSize();
  /** The output maps, before and after the activation, their running sums and routed gradients. */
  readonly output = new GridSize();
  readonly pooled = new GridSize();

  /** The sizes for geometry `g`, the input drawn with its `padding` (rows, columns). */
  update(g: ConvGeometry, padding: readonly [number, number]): void {
    this.input.update(g.height, g.width, padding);
    this.kernel.update(g.kernelHeight, g.kernelWidth);
    this.output.update(g.outputHeight, g.outputWidth);
    this.pooled.update(g.pooledHeight, g.pooledWidth);
  }
}
