/** The cell edge the drawings are laid out with, in pixels: the theme's --dlviz-cell-size default. */
const LAID_OUT_CELL = 36;

/**
 * A drawing's CSS width, scaled from the width it was laid out at by the theme's cell size
 * (--dlviz-cell-size): a page that sets 48px draws every grid a third larger, numbers included, and
 * grids of many cells, laid out with smaller cells, keep their proportion to the others.
 */
export function cellScaled(width: number): string {
  return `calc(${width / LAID_OUT_CELL} * var(--_cell, ${LAID_OUT_CELL}px))`;
}
