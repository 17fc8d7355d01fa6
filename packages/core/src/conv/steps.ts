import type { Activation } from '../activation.js';
import type { PoolType } from './problem.js';

/*
 * The steps of a conv trace. Indices are zero-based like PyTorch: (row, column) in a map, channels
 * and filters counted from 0. Numbers are exact float64; `sentence` says them
 * in words (convStepTex in step-tex.ts writes them in LaTeX).
 * Fields documented "computed when read" are getters: a step costs a few numbers until a widget
 * or the worked answer reads its window or its narration (a 3×64×64 layer has 80 000
 * steps). `toJSON()`, which JSON.stringify calls, gives the whole step as a plain object.
 */

/** A step as plain data, every lazy field computed: what `toJSON()` returns. */
export type PlainStep<Step> = Omit<Step, 'toJSON'>;

/** One kernel tap over the input: input × weight, where the input is 0 in the zero padding. */
export interface ConvTap {
  readonly kernelRow: number;
  readonly kernelColumn: number;
  /** Input position the tap reads; outside [0, H) × [0, W) when it falls in the padding. */
  readonly inputRow: number;
  readonly inputColumn: number;
  readonly padding: boolean;
  readonly input: number;
  readonly weight: number;
  readonly product: number;
}

/** A filter's window over one input channel and the sum of its products. */
export interface ConvChannelWindow {
  /** The input channel. */
  readonly channel: number;
  /** Its index among the filter's channels (0 ≤ kernelChannel < C/groups). */
  readonly kernelChannel: number;
  /** Row-major over the kernel: kH·kW taps. */
  readonly taps: readonly ConvTap[];
  readonly sum: number;
}

/**
 * Convolution: one output cell from its window. Steps run filter by filter, then row, then column.
 * preActivation = Σ channel sums + bias; output = activation(preActivation).
 */
export interface ConvWindowStep {
  readonly kind: 'window';
  readonly index: number;
  readonly filter: number;
  readonly group: number;
  readonly row: number;
  readonly column: number;
  /** Input position of the top-left tap (row·stride − padding); taps are `dilation` apart. */
  readonly origin: readonly [number, number];
  /** Computed when read: one window per input channel of the filter's group. */
  readonly channels: readonly ConvChannelWindow[];
  readonly bias: number;
  readonly preActivation: number;
  readonly output: number;
  readonly activation: Activation;
  /** Computed when read. */
  readonly sentence: string;
  toJSON(): PlainStep<ConvWindowStep>;
}

/** Where one product of a scattering input cell lands. */
export interface ConvScatterTarget {
  readonly kernelRow: number;
  readonly kernelColumn: number;
  /** row·stride − padding + kernelRow·dilation: outside [0, Ho) × [0, Wo) when cropped. */
  readonly outputRow: number;
  readonly outputColumn: number;
  /** The product falls outside the output: the crop that padding means for a transposed conv. */
  readonly cropped: boolean;
  readonly weight: number;
  readonly product: number;
  /**
   * The running sum of the canvas cell the product lands in, before and after it. For a cropped
   * cell it is the sum the crop throws away.
   */
  readonly before: number;
  readonly after: number;
}

/**
 * Transposed convolution, first phase: one input cell times one filter's kernel slice, added into
 * that filter's output. For each filter, steps run over its group's input channels, rows, columns;
 * overlapping products accumulate (see `before`/`after`), and the filter's collect steps follow.
 */
export interface ConvScatterStep {
  readonly kind: 'scatter';
  readonly index: number;
  readonly filter: number;
  readonly group: number;
  /** The input cell: channel, row, column, and its value. */
  readonly channel: number;
  readonly kernelChannel: number;
  readonly row: number;
  readonly column: number;
  readonly input: number;
  /** Computed when read: kH·kW targets, row-major over the kernel. */
  readonly targets: readonly ConvScatterTarget[];
  readonly sentence: string;
  toJSON(): PlainStep<ConvScatterStep>;
}

/** One product an output cell of a transposed conv received. */
export interface ConvContribution {
  readonly channel: number;
  readonly kernelChannel: number;
  readonly inputRow: number;
  readonly inputColumn: number;
  readonly kernelRow: number;
  readonly kernelColumn: number;
  readonly input: number;
  readonly weight: number;
  readonly product: number;
}

/**
 * Transposed convolution, second phase: one output cell gathers what was scattered into it, adds
 * the bias and goes through the activation. Steps run row by row after the filter's scatter steps.
 */
export interface ConvCollectStep {
  readonly kind: 'collect';
  readonly index: number;
  readonly filter: number;
  readonly group: number;
  readonly row: number;
  readonly column: number;
  /** Computed when read: in the order they were added (input channel, row, column). */
  readonly contributions: readonly ConvContribution[];
  /** Computed when read: Σ contributions (0 when no input cell reaches this one). */
  readonly sum: number;
  readonly bias: number;
  readonly preActivation: number;
  readonly output: number;
  readonly activation: Activation;
  readonly sentence: string;
  toJSON(): PlainStep<ConvCollectStep>;
}

export interface ConvPoolCell {
  readonly row: number;
  readonly column: number;
  readonly value: number;
}

/** Pooling: one pooled cell from its window over the activation output. After all conv steps. */
export interface ConvPoolStep {
  readonly kind: 'pool';
  readonly index: number;
  readonly filter: number;
  readonly row: number;
  readonly column: number;
  readonly type: PoolType;
  /** The window's top-left cell in the activation output, and its size. */
  readonly origin: readonly [number, number];
  readonly size: readonly [number, number];
  /** Computed when read: the window's cells, row-major. */
  readonly cells: readonly ConvPoolCell[];
  readonly value: number;
  /** Max pooling: the maximum's cell in the activation output (the first one on ties). */
  readonly argmax: readonly [number, number] | undefined;
  readonly sentence: string;
  toJSON(): PlainStep<ConvPoolStep>;
}

export type ConvStep = ConvWindowStep | ConvScatterStep | ConvCollectStep | ConvPoolStep;
export type ConvStepKind = ConvStep['kind'];
