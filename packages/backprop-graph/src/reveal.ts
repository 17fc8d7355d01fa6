import type { BackpropStep, BackpropTraceSection } from '@dlviz/core';

/**
 * Which numbers the reader has reached at the current step. A value is drawn only once the step that
 * computes it has been shown, so stepping reveals the forward pass, the loss, the gradients and the
 * updates in the order an answer key writes them (and predict mode never gives an answer away).
 */
export class Progress {
  readonly #starts = new Map<string, number>();
  readonly index: number;

  constructor(sections: readonly BackpropTraceSection[], index: number) {
    for (const section of sections) this.#starts.set(`${section.kind}:${section.layer}`, section.start);
    this.index = index;
  }

  /** Whether step `item` of the run of `kind` steps in `layer` is at or before the current step. */
  reached(kind: BackpropStep['kind'], layer: number, item: number): boolean {
    const start = this.#starts.get(`${kind}:${layer}`);
    return start !== undefined && start + item <= this.index;
  }

  /** dL/da of a unit is known: its output gradient (last layer) or the sum of the paths meeting there. */
  upstreamReached(layer: number, unit: number): boolean {
    return this.reached('outputGradient', layer, unit) || this.reached('accumulate', layer, unit);
  }

  /** The update of weight [row][column] (or of the bias, column undefined) is shown. */
  updateReached(layer: number, row: number, columns: number, column?: number): boolean {
    return this.reached('update', layer, row * (columns + 1) + (column ?? columns));
  }
}
