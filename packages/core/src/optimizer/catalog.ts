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
  /** Which running averages it keeps: v (velocity or first moment), a (squared gradients). */
  readonly keepsV: boolean;
  readonly keepsA: boolean;
}

export const OPTIMIZERS: Readonly<Record<OptimizerType, OptimizerInfo>> = {
  sgd: { label: 'SGD', keys: ['lr'], keepsV: false, keepsA: false },
  momentum: { label: 'Momentum', keys: ['lr', 'momentum'], keepsV: true, keepsA: false },
  nesterov: { label: 'Nesterov', keys: ['lr', 'momentum'], keepsV: true, keepsA: false },
  adagrad: { label: 'Adagrad', keys: ['lr', 'eps'], keepsV: false, keepsA: true },
  rmsprop: { label: 'RMSprop', keys: ['lr', 'decay', 'eps'], keepsV: false, keepsA: true },
  adam: { label: 'Adam', keys: ['lr', 'beta1', 'beta2', 'eps'], keepsV: true, keepsA: true },
};
