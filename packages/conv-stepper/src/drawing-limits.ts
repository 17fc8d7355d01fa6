import type { ConvGeometry } from '@dlviz/core';

/**
 * How much this widget draws cell by cell: more would not fit a page or stay readable. The core
 * accepts larger layers (its own limits are in CONV_LIMITS); those are shown as shapes, parameter
 * counts and narrated steps, with this notice saying why the grids are left out.
 */
export const DRAWING_LIMITS = { channels: 8, height: 16, width: 16, filters: 8, kernel: 16 } as const;

/**
 * What keeps the input from being drawn (its channels, its size or the kernel's), as one sentence,
 * or undefined when the grids can be drawn.
 */
export function beyondDrawingLimits(g: ConvGeometry): string | undefined {
  const over: string[] = [];
  if (g.channels > DRAWING_LIMITS.channels) over.push(`${g.channels} input channels`);
  if (g.height > DRAWING_LIMITS.height || g.width > DRAWING_LIMITS.width)
    over.push(`a ${g.height}×${g.width} input`);
  if (g.kernelHeight > DRAWING_LIMITS.kernel || g.kernelWidth > DRAWING_LIMITS.kernel)
    over.push(`a ${g.kernelHeight}×${g.kernelWidth} kernel`);
  if (over.length === 0) return undefined;
  if (g.filters > DRAWING_LIMITS.filters) over.push(`${g.filters} filters`);
  const { channels, height, width, filters } = DRAWING_LIMITS;
  return `This layer has ${over.join(', ')}. The grids are drawn for up to ${channels} channels of ${height}×${width} and ${filters} filters, so here only the shapes, the parameter count and each step's arithmetic are shown.`;
}

/** How many filters are drawn: the first ones, up to the limit. */
export const drawnFilters = (g: ConvGeometry): number => Math.min(g.filters, DRAWING_LIMITS.filters);

/** Which filters are left out of a drawn layer, as one sentence, or undefined when none are. */
export function filtersLeftOut(g: ConvGeometry): string | undefined {
  const { filters } = DRAWING_LIMITS;
  if (g.filters <= filters) return undefined;
  const left = g.filters - filters === 1 ? `filter ${filters}` : `filters ${filters}–${g.filters - 1}`;
  return `The grids are drawn for up to ${filters} filters: ${left} of this layer's ${g.filters} ${g.filters - filters === 1 ? 'is' : 'are'} left out of the drawing. Their steps still mark the window on the input and write out the arithmetic below.`;
}
