import type { Activation } from '../activation.js';

export type PoolType = 'max' | 'avg';

/** Pooling after the activation: PyTorch's floor mode, no padding, stride defaulting to the size. */
export interface ConvPool {
  readonly type: PoolType;
  readonly size: readonly [number, number];
  readonly stride: readonly [number, number];
}

/** A validated conv problem with every default filled in (pairs expanded to [rows, columns]). */
export interface ConvProblem {
  readonly widget: 'conv';
  /** [C][H][W], channels first. */
  readonly input: readonly (readonly (readonly number[])[])[];
  /** [F][C/groups][kH][kW], in both directions (see the problem format on transposed kernels). */
  readonly kernels: readonly (readonly (readonly (readonly number[])[])[])[];
  /** [F] */
  readonly bias: readonly number[];
  readonly stride: readonly [number, number];
  readonly padding: readonly [number, number];
  readonly dilation: readonly [number, number];
  readonly outputPadding: readonly [number, number];
  readonly groups: number;
  readonly transposed: boolean;
  readonly activation: Activation;
  readonly pool: ConvPool | undefined;
}

/** A feature map stack, [channels][rows][columns]. */
export type Maps = number[][][];

/** The solution as the problem format names it; `pooled` is present only with a pool. */
export interface ConvSolution {
  preActivation: Maps;
  output: Maps;
  pooled?: Maps;
  outputShape: [number, number, number];
  parameters: number;
}

type Pair = number | [number, number];

/** A conv problem as JSON, before validation: what presets, URLs and `dlviz solve` carry. */
export interface ConvProblemJson {
  widget: 'conv';
  input: number[][][];
  kernels: number[][][][];
  bias?: number[];
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
  groups?: number;
  transposed?: boolean;
  outputPadding?: Pair;
  activation?: { type: string; alpha?: number; beta?: number };
  pool?: { type: PoolType; size: Pair; stride?: Pair };
}
