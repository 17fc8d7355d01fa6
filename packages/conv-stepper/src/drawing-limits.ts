import type { ConvGeometry } from '@dlviz/core';

/**
 * How much this widget draws cell by cell: more would not fit a page or stay readable. The core
 * accepts larger layers (its own limits are in CONV_LIMITS); those are shown as shapes, parameter
 * counts and narrated steps, with this notice saying why the grids are left out.
 */
export const DRAWING_LIMITS = { channels: 8, height: 16, width: 16, filters: 8, kernel: 16 } as const;

/** What exceeds the drawing limits, as one sentence, or undefined when everything is drawn. */
export function beyondDrawingLimits(g: ConvGeometry): string | undefined {
  const over: string[] = [];
  if (g.channels > DRAWING_LIMITS.channels) over.push(`${g.channels} input channels`);
  if (g.height > DRAWING_LIMITS.height || g.width > DRAWING_LIMITS.width)
    over.push(`a ${g.height}×${g.width} input`);
  if (g.filters > DRAWING_LIMITS.filters) over.push(`${g.filters} filters`);
  if (g.kernelHeight > DRAWING_LIMITS.kernel || g.kernelWidth > DRAWING_LIMITS.kernel)
    over.push(`a ${g.kernelHeight}×${g.kernelWidth} kernel`);
  if (over.length === 0) return undefined;
  const { channels, height, width, filters } = DRAWING_LIMITS;
  return `This layer has ${over.join(', ')}. The grids are drawn for up to ${channels} channels of ${height}×${width} and ${filters} filters, so here only the shapes, the parameter count and each step's arithmetic are shown.`;
}
