import type { NormInput, NormLayout, NormType } from './layout.js';

/** A validated norm problem with every default filled in (plain JSON, valid input to `validate`). */
export interface NormProblem {
  readonly widget: 'norm';
  readonly input: NormInput;
  readonly layout: NormLayout;
  readonly type: NormType;
  /** Present for group normalization only. */
  readonly groups?: number;
  readonly eps: number;
  /** One per channel (per feature for BTD). */
  readonly gamma: number[];
  readonly beta: number[];
}

/** A tensor in the solution: the output has the input's rank, statistics one to three axes. */
export type NormTensor = number[] | number[][] | number[][][] | number[][][][];

/** The problem format's solution: the mean and (biased) variance, or for RMS norm the mean square. */
export type NormSolution =
  | { readonly output: NormTensor; readonly mean: NormTensor; readonly variance: NormTensor }
  | { readonly output: NormTensor; readonly meanSquare: NormTensor };
