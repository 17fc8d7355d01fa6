import type { Checker } from '../validate/checker.js';
import { key } from '../validate/path.js';

export const mseReductions = ['mean', 'sum', 'halfSum'] as const;
export type MseReduction = (typeof mseReductions)[number];

export type Loss =
  | { readonly type: 'mse'; readonly reduction: MseReduction }
  | { readonly type: 'crossEntropy' }
  | { readonly type: 'bce'; readonly positiveWeight: number; readonly negativeWeight: number };

export const lossTypes = ['mse', 'crossEntropy', 'bce'] as const;
export type LossType = (typeof lossTypes)[number];

/** The keys each loss type accepts besides `type`. */
const lossKeys: Record<LossType, readonly string[]> = {
  mse: ['reduction'],
  crossEntropy: [],
  bce: ['positiveWeight', 'negativeWeight'],
};

export function readLoss(c: Checker, value: unknown, path: string): Loss | undefined {
  const record = c.object(value, path, ['type', 'reduction', 'positiveWeight', 'negativeWeight']);
  if (!record) return undefined;
  // A missing key is reported once, as required, not also as a wrong value.
  const choose = <T extends string>(name: string, options: readonly T[]): T | undefined => {
    const raw = c.required(record, path, name);
    return raw === undefined ? undefined : c.oneOf(raw, key(path, name), options);
  };
  const type = choose('type', lossTypes);
  if (type === undefined) return undefined;
  for (const name of ['reduction', 'positiveWeight', 'negativeWeight']) {
    if (record[name] !== undefined && !lossKeys[type].includes(name))
      c.fail(key(path, name), `"${type}" takes no ${name}`);
  }
  switch (type) {
    case 'mse': {
      const reduction = choose('reduction', mseReductions);
      return reduction && { type, reduction };
    }
    case 'crossEntropy':
      return { type };
    case 'bce': {
      const weight = (name: string) =>
        record[name] === undefined ? 1 : c.number(record[name], key(path, name), { min: 0 });
      const positiveWeight = weight('positiveWeight');
      const negativeWeight = weight('negativeWeight');
      return positiveWeight === undefined || negativeWeight === undefined
        ? undefined
        : { type, positiveWeight, negativeWeight };
    }
  }
}

/** log-softmax by subtracting the maximum first, so large logits neither overflow nor lose precision. */
export function logSoftmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  let sum = 0;
  for (const o of logits) sum += Math.exp(o - max);
  const logSum = max + Math.log(sum);
  return logits.map((o) => o - logSum);
}

/**
 * The per-output terms the loss reduces: (o − t)² for mse, t·log p for cross-entropy,
 * α t log o + β (1 − t) log(1 − o) for bce. Kept separate so the worked answer can show each one.
 */
export function lossTerms(loss: Loss, output: readonly number[], target: readonly number[]): number[] {
  switch (loss.type) {
    case 'mse':
      return output.map((o, k) => (o - target[k]!) ** 2);
    case 'crossEntropy': {
      const logP = logSoftmax(output);
      return logP.map((lp, k) => target[k]! * lp);
    }
    case 'bce':
      return output.map((o, k) => {
        const t = target[k]!;
        return loss.positiveWeight * t * Math.log(o) + loss.negativeWeight * (1 - t) * Math.log(1 - o);
      });
  }
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** The loss from its terms: the reduction (mse) or the minus sign (cross-entropy, bce). */
export function reduceLoss(loss: Loss, terms: readonly number[]): number {
  if (loss.type !== 'mse') return -sum(terms);
  const total = sum(terms);
  return loss.reduction === 'mean' ? total / terms.length : loss.reduction === 'sum' ? total : total / 2;
}

export function lossValue(loss: Loss, output: readonly number[], target: readonly number[]): number {
  return reduceLoss(loss, lossTerms(loss, output, target));
}

/**
 * dLoss/d output. For cross-entropy it is Σt · softmax − t, which is softmax − t for a distribution
 * (PyTorch computes the general form, and so do we, to agree with it to the last bit).
 */
export function lossGradient(loss: Loss, output: readonly number[], target: readonly number[]): number[] {
  switch (loss.type) {
    case 'mse': {
      const scale = loss.reduction === 'mean' ? 2 / output.length : loss.reduction === 'sum' ? 2 : 1;
      return output.map((o, k) => scale * (o - target[k]!));
    }
    case 'crossEntropy': {
      const mass = sum(target);
      return logSoftmax(output).map((lp, k) => mass * Math.exp(lp) - target[k]!);
    }
    case 'bce':
      return output.map((o, k) => {
        const t = target[k]!;
        return -(loss.positiveWeight * t) / o + (loss.negativeWeight * (1 - t)) / (1 - o);
      });
  }
}
