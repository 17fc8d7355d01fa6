import { formatText } from '../format/number.js';
import { HYPERPARAMETERS, OPTIMIZERS } from './catalog.js';
import type { Optimizer, OptimizerType } from './problem.js';

/**
 * Each type's label, numbered by its place among its kind when it is not alone: "SGD 1", "SGD 2",
 * "Adam". For names that must stay put while hyperparameters change (a settings card's fields).
 */
export function numberedNames(types: readonly OptimizerType[]): string[] {
  return types.map((type, k) => {
    const label = OPTIMIZERS[type].label;
    if (types.filter((other) => other === type).length === 1) return label;
    return `${label} ${types.slice(0, k).filter((other) => other === type).length + 1}`;
  });
}

/**
 * What each optimizer of a race is called in its narration and legend. Its type's label when it is
 * the only one of its type; when two share a type (a race of step sizes), each is told apart by its
 * learning rate, "SGD (ε = 0.11)" (ε the learning rate, as in the rules' formulas), or, when that does not tell them apart as written, by its place
 * among them (see numberedNames): two runs that read alike would leave a listener guessing which is which.
 */
export function optimizerNames(optimizers: readonly Pick<Optimizer, 'type' | 'lr'>[]): string[] {
  const rate = (o: Pick<Optimizer, 'lr'>) => formatText(o.lr, 3);
  const numbered = numberedNames(optimizers.map((o) => o.type));
  return optimizers.map((o, k) => {
    const kin = optimizers.filter((other) => other.type === o.type);
    if (kin.length === 1) return OPTIMIZERS[o.type].label;
    return new Set(kin.map(rate)).size === kin.length
      ? `${OPTIMIZERS[o.type].label} (${HYPERPARAMETERS.lr.text} = ${rate(o)})`
      : numbered[k]!;
  });
}
