import type { OptimizerType } from './problem.js';

export const OPTIMIZER_TYPES: readonly OptimizerType[] = [
  'sgd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
];

export type Hyperparameter = 'lr' | 'momentum' | 'decay' | 'beta1' | 'beta2' | 'eps';

export interface HyperparameterRule {
  /**
   * positive: > 0; nonnegative: ≥ 0 (a learning rate of 0 leaves the run in place, as PyTorch
   * allows); fraction: in [0, 1), a decay rate that must forget.
   */
  readonly range: 'positive' | 'nonnegative' | 'fraction';
  /** Absent for the learning rate, which every optimizer requires. */
  readonly fallback?: number;
  readonly tex: string;
  /**
   * How labels and narration name it: its symbol in the formulas' notation (see RULE_TEX), so that
   * ε is the learning rate wherever a student reads it. Settings show the JSON key beside it.
   */
  readonly text: string;
}

export const HYPERPARAMETERS: Readonly<Record<Hyperparameter, HyperparameterRule>> = {
  lr: { range: 'nonnegative', tex: '\\varepsilon', text: 'ε' },
  momentum: { range: 'fraction', fallback: 0.9, tex: '\\alpha', text: 'α' },
  decay: { range: 'fraction', fallback: 0.9, tex: '\\beta', text: 'β' },
  beta1: { range: 'fraction', fallback: 0.9, tex: '\\beta_1', text: 'β1' },
  beta2: { range: 'fraction', fallback: 0.999, tex: '\\beta_2', text: 'β2' },
  eps: { range: 'positive', fallback: 1e-8, tex: '\\nu', text: 'ν' },
};

export interface OptimizerInfo {
  readonly label: string;
  /** Its keys besides `type`, in the order the problem format lists them. */
  readonly keys: readonly Hyperparameter[];
  /**
   * The running averages it keeps, by the names the narration and the worked numbers give them:
   * v (velocity or first moment) and a (the squared gradients, summed or averaged).
   */
  readonly v?: string;
  readonly a?: string;
}

export const OPTIMIZERS: Readonly<Record<OptimizerType, OptimizerInfo>> = {
  sgd: { label: 'SGD', keys: ['lr'] },
  momentum: { label: 'Momentum', keys: ['lr', 'momentum'], v: 'velocity' },
  nesterov: { label: 'Nesterov', keys: ['lr', 'momentum'], v: 'velocity' },
  adagrad: { label: 'Adagrad', keys: ['lr', 'eps'], a: 'squared-gradient sum' },
  rmsprop: { label: 'RMSprop', keys: ['lr', 'decay', 'eps'], a: 'squared-gradient average' },
  adam: { label: 'Adam', keys: ['lr', 'beta1', 'beta2', 'eps'], v: 'first moment', a: 'second moment' },
};
