import type { ConvGeometry } from '@dlviz/core';

/** How one kind of grid is drawn: its cell size and the labels of its rows and columns. */
export interface GridSize {
  readonly cellSize: number;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
}

const labels = (n: number) => Array.from({ length: n }, (_, i) => String(i));

/**
 * A grid of rows × columns values with `ring` rings of padding: smaller cells for larger maps, so a
 * 16×16 channel stays on screen.
 */
function gridSize(rows: number, columns: number, ring = 0): GridSize {
  const n = Math.max(rows, columns) + 2 * ring;
  return { cellSize: n <= 6 ? 36 : n <= 10 ? 30 : 24, rowLabels: labels(rows), colLabels: labels(columns) };
}

const kept = (last: GridSize, next: GridSize): GridSize =>
  last.cellSize === next.cellSize &&
  last.rowLabels.length === next.rowLabels.length &&
  last.colLabels.length === next.colLabels.length
    ? last
    : next;

/**
 * The sizes of the widget's kinds of grids, as state written only when a size changes. Svelte marks
 * everything downstream of a changed value before it compares anything, so sizes derived from each
 * new problem would have every cell of every grid looked at again (thousands); kept this way, a
 * change of padding leaves the kernels' grids and the input's cells alone.
 */
export class GridSizes {
  input = $state.raw(gridSize(0, 0));
  kernel = $state.raw(gridSize(0, 0));
  /** The output maps, before and after the activation, their running sums and routed gradients. */
  output = $state.raw(gridSize(0, 0));
  pooled = $state.raw(gridSize(0, 0));

  /** The sizes for geometry `g`, the input drawn with `ring` rings of padding. */
  update(g: ConvGeometry, ring: number): void {
    this.input = kept(this.input, gridSize(g.height, g.width, ring));
    this.kernel = kept(this.kernel, gridSize(g.kernelHeight, g.kernelWidth));
    this.output = kept(this.output, gridSize(g.outputHeight, g.outputWidth));
    this.pooled = kept(this.pooled, gridSize(g.pooledHeight, g.pooledWidth));
  }
}
