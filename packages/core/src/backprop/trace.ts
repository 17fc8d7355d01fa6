import type { Trace } from '../trace.js';
import { accumulateStep, nodeStep, weightGradientStep } from './backward-steps.js';
import { compute, type BackpropComputation } from './compute.js';
import { forwardStep } from './forward-step.js';
import { lossStep, outputGradientStep } from './loss-step.js';
import type { BackpropProblem } from './network.js';
import type { BackpropStep } from './step.js';
import { updateStep } from './update-step.js';

/** A run of steps of one kind in one layer: `count` steps from `start`, step i made on demand. */
export interface TraceSection {
  readonly kind: BackpropStep['kind'];
  /** The layer the run belongs to; the loss's section has the last layer's index. */
  readonly layer: number;
  readonly start: number;
  readonly count: number;
}

/** The trace, with its sections so that views (the worked answer, a widget's layer list) can find runs. */
export interface BackpropTrace extends Trace<BackpropStep> {
  readonly sections: readonly TraceSection[];
  readonly computation: BackpropComputation;
}

type Make = (i: number) => BackpropStep;

/**
 * The worked solution in order: forward unit by unit, the loss, then backward layer by layer from the
 * output (the loss's gradient, or the paths meeting into each unit; through each activation; each unit's
 * parameter gradients), then the update of every parameter.
 */
export function backpropTrace(problem: BackpropProblem): BackpropTrace {
  const computed = compute(problem);
  const last = problem.layers.length - 1;
  const runs: { kind: BackpropStep['kind']; layer: number; count: number; make: Make }[] = [];
  const add = (kind: BackpropStep['kind'], layer: number, count: number, make: Make) =>
    runs.push({ kind, layer, count, make });
  const units = (l: number) => problem.layers[l]!.bias.length;

  problem.layers.forEach((_, l) => add('forward', l, units(l), (j) => forwardStep(problem, computed, l, j)));
  add('loss', last, 1, () => lossStep(problem, computed));
  for (let l = last; l >= 0; l--) {
    if (l === last) add('outputGradient', l, units(l), (k) => outputGradientStep(problem, computed, k));
    else add('accumulate', l, units(l), (i) => accumulateStep(problem, computed, l, i));
    add('node', l, units(l), (j) => nodeStep(problem, computed, l, j));
    add('weightGradient', l, units(l), (j) => weightGradientStep(problem, computed, l, j));
  }
  problem.layers.forEach((layer, l) => {
    const columns = layer.weights[0]!.length;
    // Row by row as PyTorch stores them: a unit's weights, then its bias.
    add('update', l, units(l) * (columns + 1), (p) => {
      const row = Math.floor(p / (columns + 1));
      const column = p % (columns + 1);
      return updateStep(problem, computed, l, row, column < columns ? column : undefined);
    });
  });

  const sections: TraceSection[] = [];
  let start = 0;
  for (const { kind, layer, count } of runs) {
    sections.push({ kind, layer, start, count });
    start += count;
  }
  return {
    length: start,
    sections,
    computation: computed,
    at(index: number): BackpropStep {
      if (!Number.isInteger(index) || index < 0 || index >= start) {
        throw new RangeError(`step ${index} is outside the trace of ${start} steps`);
      }
      let low = 0;
      let high = sections.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (sections[middle]!.start <= index) low = middle;
        else high = middle - 1;
      }
      return runs[low]!.make(index - sections[low]!.start);
    },
  };
}
