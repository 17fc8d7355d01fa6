import { formatText } from '../format/number.js';
import { OPTIMIZERS } from './catalog.js';
import type { Optimizer } from './problem.js';

/**
 * What each optimizer of a race is called in its narration and legend. Its type's label when it is
 * the only one of its type; when two share a type (a race of step sizes), each is told apart by its
 * learning rate, "SGD (lr 0.11)", or, when that does not tell them apart as written, by its place
 * among them, "SGD 1", "SGD 2": two runs that read alike would leave a listener guessing which is which.
 */
export function optimizerNames(optimizers: readonly Pick<Optimizer, 'type' | 'lr'>[]): string[] {
  const rate = (o: Pick<Optimizer, 'lr'>) => formatText(o.lr, 3);
  return optimizers.map((o, k) => {
    const label = OPTIMIZERS[o.type].label;
    const kin = optimizers.filter((other) => other.type === o.type);
    if (kin.length === 1) return label;
    if (new Set(kin.map(rate)).size === kin.length) return `${label} (lr ${rate(o)})`;
    const place = optimizers.slice(0, k).filter((other) => other.type === o.type).length + 1;
    return `${label} ${place}`;
  });
}
