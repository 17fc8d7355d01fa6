import type { BackpropProblem } from '@dlviz/core';

/** A network's widths as a student writes them, 2-3-2: the input's size, then each layer's units. */
export const networkWidths = (problem: Pick<BackpropProblem, 'input' | 'layers'>): number[] => [
  problem.input.length,
  ...problem.layers.map((l) => l.bias.length),
];
