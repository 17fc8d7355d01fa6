import type { Activation } from '../activation.js';
import type { Loss } from './loss.js';

/**
 * Every step carries its narration (plain text, real numbers), and the numbers that write the same
 * arithmetic in TeX (backpropStepTex in step-tex.ts).
 */
interface Narrated {
  readonly sentence: string;
}

/** Forward: one unit, z = W[l][j]·a_prev + b[l][j], then a = act(z). */
export interface ForwardStep extends Narrated {
  readonly kind: 'forward';
  readonly layer: number;
  readonly unit: number;
  /** The unit's row of weights and the activations they multiply (the input for layers[0]). */
  readonly weights: readonly number[];
  readonly inputs: readonly number[];
  readonly bias: number;
  readonly z: number;
  readonly activation: Activation;
  readonly a: number;
}

/** The loss of the output against the target, with each output's term. */
export interface LossStep extends Narrated {
  readonly kind: 'loss';
  readonly loss: Loss;
  readonly output: readonly number[];
  readonly target: readonly number[];
  /** Cross-entropy only: softmax of the output. */
  readonly probabilities?: readonly number[];
  /**
   * Cross-entropy only: log-softmax of the output, what the loss adds up; finite where a probability
   * underflows to 0, so a saturated softmax is written by these logs rather than as log 0.
   */
  readonly logProbabilities?: readonly number[];
  /** The per-output terms before reduction: (o − t)², t·log p, or α t log o + β (1 − t) log(1 − o). */
  readonly terms: readonly number[];
  readonly value: number;
}

/** Where the backward pass starts: dL/d output[k]. */
export interface OutputGradientStep extends Narrated {
  readonly kind: 'outputGradient';
  readonly layer: number;
  readonly unit: number;
  readonly loss: Loss;
  /** How many outputs there are: the n of the mean squared error's 2(o − t)/n. */
  readonly outputs: number;
  readonly output: number;
  readonly target: number;
  /** Cross-entropy only: this output's softmax probability. */
  readonly probability?: number;
  readonly value: number;
}

/** Paths meet: dL/da[l][i] = Σ_j W[l+1][j][i] · dL/dz[l+1][j]. */
export interface AccumulateStep extends Narrated {
  readonly kind: 'accumulate';
  readonly layer: number;
  readonly unit: number;
  /** One term per unit j of the layer above: its weight to this unit and its dL/dz. */
  readonly terms: readonly { readonly from: number; readonly weight: number; readonly gradient: number }[];
  readonly value: number;
}

/** Through one unit's activation: dL/dz = dL/da · act'(z). */
export interface NodeStep extends Narrated {
  readonly kind: 'node';
  readonly layer: number;
  readonly unit: number;
  readonly upstream: number;
  readonly z: number;
  readonly activation: Activation;
  readonly local: number;
  /** Why act'(z) has its value, e.g. `LeakyReLU(0.5)' = 0.5 because z ≤ 0`. */
  readonly reason: string;
  readonly value: number;
}

/** One unit's parameter gradients: dL/dW[l][j][i] = dL/dz[l][j] · a_prev[i], dL/db[l][j] = dL/dz[l][j]. */
export interface WeightGradientStep extends Narrated {
  readonly kind: 'weightGradient';
  readonly layer: number;
  readonly unit: number;
  readonly delta: number;
  readonly inputs: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/** Gradient descent on one parameter: p ← p − η·g. */
export interface UpdateStep extends Narrated {
  readonly kind: 'update';
  readonly layer: number;
  readonly parameter: 'weight' | 'bias';
  readonly row: number;
  /** The weight's column; absent for a bias. */
  readonly column?: number;
  readonly value: number;
  readonly gradient: number;
  readonly learningRate: number;
  readonly updated: number;
}

export type BackpropStep =
  ForwardStep | LossStep | OutputGradientStep | AccumulateStep | NodeStep | WeightGradientStep | UpdateStep;
