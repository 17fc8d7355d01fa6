import { formatText } from './format/number.js';
import type { Checker } from './validate/checker.js';
import { key } from './validate/path.js';

export type Activation =
  | { readonly type: 'identity' }
  | { readonly type: 'relu' }
  | { readonly type: 'leakyRelu'; readonly alpha: number }
  | { readonly type: 'sigmoid' }
  | { readonly type: 'tanh' }
  | { readonly type: 'softplus'; readonly beta: number }
  | { readonly type: 'step' };

export const activationTypes = [
  'identity',
  'relu',
  'leakyRelu',
  'sigmoid',
  'tanh',
  'softplus',
  'step',
] as const;
export type ActivationType = (typeof activationTypes)[number];

export const identity: Activation = { type: 'identity' };

/** Reads an Activation; a missing one is identity, parameters default as in PyTorch. */
export function readActivation(c: Checker, value: unknown, path: string): Activation | undefined {
  if (value === undefined) return identity;
  const record = c.object(value, path, ['type', 'alpha', 'beta']);
  if (!record) return undefined;
  const rawType = c.required(record, path, 'type');
  const type = rawType === undefined ? undefined : c.oneOf(rawType, key(path, 'type'), activationTypes);
  if (type === undefined) return undefined;
  const allowed = type === 'leakyRelu' ? 'alpha' : type === 'softplus' ? 'beta' : undefined;
  for (const parameter of ['alpha', 'beta'] as const) {
    if (record[parameter] !== undefined && parameter !== allowed) {
      c.fail(key(path, parameter), `"${type}" takes no ${parameter}`);
    }
  }
  if (type === 'leakyRelu') {
    const alpha = record.alpha === undefined ? 0.01 : c.number(record.alpha, key(path, 'alpha'));
    return alpha === undefined ? undefined : { type, alpha };
  }
  if (type === 'softplus') {
    const beta =
      record.beta === undefined
        ? 1
        : c.number(record.beta, key(path, 'beta'), { min: 0, exclusiveMin: true });
    return beta === undefined ? undefined : { type, beta };
  }
  return { type };
}

/** PyTorch's softplus switches to the identity above this β·x, and so do we, to match it. */
const SOFTPLUS_THRESHOLD = 20;

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function activate(activation: Activation, x: number): number {
  switch (activation.type) {
    case 'identity':
      return x;
    case 'relu':
      return x > 0 ? x : 0;
    case 'leakyRelu':
      return x > 0 ? x : activation.alpha * x;
    case 'sigmoid':
      return sigmoid(x);
    case 'tanh':
      return Math.tanh(x);
    case 'softplus': {
      const bx = activation.beta * x;
      return bx > SOFTPLUS_THRESHOLD ? x : Math.log1p(Math.exp(bx)) / activation.beta;
    }
    case 'step':
      return x >= 0 ? 1 : 0;
  }
}

/** d act / dz at the pre-activation z, with PyTorch's choices at the kinks. */
export function derivative(activation: Activation, z: number): number {
  switch (activation.type) {
    case 'identity':
      return 1;
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'leakyRelu':
      return z > 0 ? 1 : activation.alpha;
    case 'sigmoid': {
      const s = sigmoid(z);
      return s * (1 - s);
    }
    case 'tanh': {
      const t = Math.tanh(z);
      return 1 - t * t;
    }
    case 'softplus': {
      const bz = activation.beta * z;
      return bz > SOFTPLUS_THRESHOLD ? 1 : sigmoid(bz);
    }
    case 'step':
      return 0;
  }
}

/** The name a course would write: `LeakyReLU(0.1)`, `Softplus(β = 2)`. */
export function activationName(activation: Activation): string {
  switch (activation.type) {
    case 'identity':
      return 'identity';
    case 'relu':
      return 'ReLU';
    case 'leakyRelu':
      return `LeakyReLU(${formatText(activation.alpha)})`;
    case 'sigmoid':
      return 'sigmoid';
    case 'tanh':
      return 'tanh';
    case 'softplus':
      return activation.beta === 1 ? 'Softplus' : `Softplus(β = ${formatText(activation.beta)})`;
    case 'step':
      return 'step';
  }
}

/** Why the local derivative has its value, in words: `LeakyReLU' = 0.5 because z < 0`. */
export function derivativeReason(activation: Activation, z: number): string {
  const d = formatText(derivative(activation, z));
  const name = activationName(activation);
  switch (activation.type) {
    case 'identity':
      return `identity' = 1`;
    case 'relu':
    case 'leakyRelu':
      return `${name}' = ${d} because z ${z > 0 ? '> 0' : '≤ 0'}`;
    case 'sigmoid':
      return `sigmoid' = σ(z)(1 − σ(z)) = ${d}`;
    case 'tanh':
      return `tanh' = 1 − tanh²(z) = ${d}`;
    case 'softplus':
      return `${name}' = σ(βz) = ${d}`;
    case 'step':
      return `step' = 0 everywhere (its jump has no useful gradient), so nothing flows back`;
  }
}
