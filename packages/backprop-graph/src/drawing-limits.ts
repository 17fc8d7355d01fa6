/**
 * How large a network this widget draws: every unit, edge and parameter cell of a larger one would
 * not fit a page or stay readable, and drawing tens of thousands of them freezes a tab. The core
 * solves networks far larger (BACKPROP_LIMITS); those are stepped through in words and formulas.
 */
export const DRAWING_LIMITS = { layers: 8, units: 16 } as const;

/**
 * Why the network cannot be drawn, as a sentence for the reader, or undefined when it can. `widths`
 * are the input's size and each layer's units.
 */
export function beyondDrawingLimits(widths: readonly number[]): string | undefined {
  const { layers, units } = DRAWING_LIMITS;
  const widest = Math.max(...widths);
  const over = [
    ...(widths.length - 1 > layers ? [`${widths.length - 1} layers`] : []),
    ...(widest > units ? [`${widest} ${widths.indexOf(widest) === 0 ? 'inputs' : 'units in a layer'}`] : []),
  ];
  if (over.length === 0) return undefined;
  return `This ${widths.join('-')} network has ${over.join(' and ')}: the diagram, grids and chain rule are drawn for up to ${layers} layers of ${units} units. Its steps are narrated and worked out below.`;
}
