import type { BackpropStep, BackpropTraceSection } from '@dlviz/core';

/** A text of the drawing and the step from which it is shown. */
export interface Revealed {
  readonly text: string;
  readonly at: number;
  /** A bias's update: drawn only where it leaves every edge its label (see NetworkDrawing). */
  readonly update?: boolean;
}

export const revealed = (text: string, at: number): Revealed => ({ text, at });

/** Never reached: the trace has no such step (e.g. a layer without an update section). */
export const NEVER = Number.POSITIVE_INFINITY;

/**
 * At which step each number of the drawing is revealed. A value is drawn only once the step that
 * computes it has been shown, so stepping reveals the forward pass, the loss, the gradients and the
 * updates in the order an answer key writes them (and predict mode never gives an answer away).
 * Fixed per trace: the drawing compares these indices with the current step, so a step changes only
 * a number, not every item's data.
 */
export class Reveal {
  readonly #starts = new Map<string, number>();

  constructor(sections: readonly BackpropTraceSection[]) {
    for (const section of sections) this.#starts.set(`${section.kind}:${section.layer}`, section.start);
  }

  /** The index of step `item` of the run of `kind` steps in `layer`. */
  at(kind: BackpropStep['kind'], layer: number, item: number): number {
    const start = this.#starts.get(`${kind}:${layer}`);
    return start === undefined ? NEVER : start + item;
  }

  /** dL/da of a unit is known: its output gradient (last layer) or the sum of the paths meeting there. */
  upstreamAt(layer: number, unit: number): number {
    return Math.min(this.at('outputGradient', layer, unit), this.at('accumulate', layer, unit));
  }

  /** The update of weight [row][column] (or of the bias, column undefined). */
  updateAt(layer: number, row: number, columns: number, column?: number): number {
    return this.at('update', layer, row * (columns + 1) + (column ?? columns));
  }
}
