import { optimizerKind, optimizerPresets, validateAs } from '@dlviz/core';

/**
 * The presets whose surface is a loss of x alone (drawn as a curve), or the 2-D ones (drawn as
 * contours): found as the widget reads them.
 */
export function presetsByDimension(oneDimensional: boolean) {
  return optimizerPresets.filter((p) => {
    const read = validateAs(optimizerKind, p.problem);
    return read.ok && read.value.surface.oneDimensional === oneDimensional;
  });
}
