import type { Activation } from '../activation.js';
import type { ConvComputation } from './compute.js';
import { collectSentence, poolSentence, scatterSentence, windowSentence } from './narrate.js';
import type { PoolType } from './problem.js';
import type {
  ConvChannelWindow,
  ConvCollectStep,
  ConvContribution,
  ConvPoolCell,
  ConvPoolStep,
  ConvScatterStep,
  ConvScatterTarget,
  ConvWindowStep,
  PlainStep,
} from './steps.js';
import { contributions, scatterTargets } from './transposed-cells.js';
import { windowChannels } from './window.js';

/*
 * The steps as small classes: their lazy fields are prototype getters, so making a step costs a
 * few numbers (an object literal with getters costs fifty times more in V8, too slow to walk a
 * whole trace). The computation sits in a private field, out of JSON and spreads.
 */

/**
 * What a window step (convolution) and a collect step (transposed) share: one output cell of one
 * filter, its bias, and its value before and after the activation.
 */
abstract class OutputCellStep {
  readonly group: number;
  readonly bias: number;
  readonly preActivation: number;
  readonly output: number;
  readonly activation: Activation;
  readonly #run: ConvComputation;

  constructor(
    run: ConvComputation,
    readonly index: number,
    readonly filter: number,
    readonly row: number,
    readonly column: number,
  ) {
    const { geometry: g, problem } = run;
    const at = (filter * g.outputHeight + row) * g.outputWidth + column;
    this.#run = run;
    this.group = Math.floor(filter / g.filtersPerGroup);
    this.bias = problem.bias[filter]!;
    this.preActivation = run.preActivation[at]!;
    this.output = run.output[at]!;
    this.activation = problem.activation;
  }

  /** A getter, not a field: the computation stays out of JSON and spreads. */
  protected get run(): ConvComputation {
    return this.#run;
  }
}

export class WindowStep extends OutputCellStep implements ConvWindowStep {
  readonly kind = 'window';

  get origin(): readonly [number, number] {
    const h = this.run.hyper;
    return [this.row * h.sh - h.ph, this.column * h.sw - h.pw];
  }

  get channels(): ConvChannelWindow[] {
    return windowChannels(this.run, this.filter, this.row, this.column);
  }

  get sentence(): string {
    return windowSentence(this);
  }

  toJSON(): PlainStep<ConvWindowStep> {
    return { ...this, origin: this.origin, channels: this.channels, sentence: this.sentence };
  }
}

export class ScatterStep implements ConvScatterStep {
  readonly kind = 'scatter';
  readonly group: number;
  readonly channel: number;
  readonly input: number;
  readonly #run: ConvComputation;

  constructor(
    run: ConvComputation,
    readonly index: number,
    readonly filter: number,
    readonly kernelChannel: number,
    readonly row: number,
    readonly column: number,
  ) {
    const g = run.geometry;
    this.#run = run;
    this.group = Math.floor(filter / g.filtersPerGroup);
    this.channel = this.group * g.channelsPerGroup + kernelChannel;
    this.input = run.input[(this.channel * g.height + row) * g.width + column]!;
  }

  get targets(): ConvScatterTarget[] {
    return scatterTargets(this.#run, this.filter, this.kernelChannel, this.row, this.column);
  }

  get sentence(): string {
    return scatterSentence(this);
  }

  toJSON(): PlainStep<ConvScatterStep> {
    return { ...this, targets: this.targets, sentence: this.sentence };
  }
}

export class CollectStep extends OutputCellStep implements ConvCollectStep {
  readonly kind = 'collect';

  get contributions(): ConvContribution[] {
    return contributions(this.run, this.filter, this.row, this.column);
  }

  /** Added in order from 0, as the solver added them, so sum + bias is exactly preActivation. */
  get sum(): number {
    let sum = 0;
    for (const c of this.contributions) sum += c.product;
    return sum;
  }

  get sentence(): string {
    return collectSentence(this);
  }

  toJSON(): PlainStep<ConvCollectStep> {
    return {
      ...this,
      contributions: this.contributions,
      sum: this.sum,
      sentence: this.sentence,
    };
  }
}

export class PoolStep implements ConvPoolStep {
  readonly kind = 'pool';
  readonly type: PoolType;
  readonly origin: readonly [number, number];
  readonly size: readonly [number, number];
  readonly value: number;
  readonly argmax: readonly [number, number] | undefined;
  readonly #run: ConvComputation;

  constructor(
    run: ConvComputation,
    readonly index: number,
    readonly filter: number,
    readonly row: number,
    readonly column: number,
  ) {
    const { geometry: g, problem, pooled } = run;
    const spec = problem.pool!;
    const at = (filter * g.pooledHeight + row) * g.pooledWidth + column;
    const best = pooled!.argmax?.[at];
    this.#run = run;
    this.type = spec.type;
    this.origin = [row * spec.stride[0], column * spec.stride[1]];
    this.size = spec.size;
    this.value = pooled!.values[at]!;
    this.argmax = best === undefined ? undefined : [Math.floor(best / g.outputWidth), best % g.outputWidth];
  }

  get cells(): ConvPoolCell[] {
    const { geometry: g, output } = this.#run;
    const [top, left] = this.origin;
    const cells: ConvPoolCell[] = [];
    for (let r = top; r < top + this.size[0]; r++) {
      for (let c = left; c < left + this.size[1]; c++) {
        cells.push({
          row: r,
          column: c,
          value: output[(this.filter * g.outputHeight + r) * g.outputWidth + c]!,
        });
      }
    }
    return cells;
  }

  get sentence(): string {
    return poolSentence(this);
  }

  toJSON(): PlainStep<ConvPoolStep> {
    return { ...this, cells: this.cells, sentence: this.sentence };
  }
}
