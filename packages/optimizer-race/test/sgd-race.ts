import type { OptimizerProblemJson } from '@dlviz/core';

/** SGD alone on a typed surface: the problem a test builds when one run is all it needs. */
export function sgdRace(
  expression: string,
  start: [number, number],
  steps: number,
  lr = 0.1,
): OptimizerProblemJson {
  return { widget: 'optimizer', surface: { expression }, start, steps, optimizers: [{ type: 'sgd', lr }] };
}
