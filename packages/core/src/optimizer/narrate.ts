import { formatText } from '../format/number.js';
import { OPTIMIZERS } from './catalog.js';
import type { Optimizer } from './problem.js';
import type { Show } from './show.js';
import type { OptimizerUpdate } from './update-of.js';

/** The gradient part of a sentence: where it was taken, and the noise added to it. */
function gradientWords(u: OptimizerUpdate, o: Optimizer, s: Show): string {
  const where = o.type === 'nesterov' ? ` at the look-ahead ${s.text(u.at)} is` : '';
  if (!u.noise) return `gradient${where} ${s.text(u.g)}`;
  return `gradient${where} ${s.text(u.exact)} plus noise ${s.text(u.noise)} = ${s.text(u.g)}`;
}

/** The state part: the running averages the optimizer keeps. */
function stateWords(u: OptimizerUpdate, s: Show): string[] {
  const words: string[] = [];
  const { v, a } = OPTIMIZERS[u.type];
  if (u.v) words.push(`${v} v = ${s.text(u.v)}`);
  if (u.a) words.push(`${a} a = ${s.text(u.a)}`);
  if (u.vHat && u.aHat) words.push(`corrected v̂ = ${s.text(u.vHat)}, â = ${s.text(u.aHat)}`);
  if (a) words.push(`step sizes ${s.text(u.rate)}`);
  return words;
}

/**
 * One update as a sentence for narration: "Adam, update 3: gradient (…), …, moves by (…) to (…),
 * loss 0.5.", the optimizer called by its name in the race (see optimizerNames).
 */
export function updateSentence(name: string, u: OptimizerUpdate, o: Optimizer, s: Show): string {
  // NaN in the gradient (sqrt's at its tip): no step can be taken, and nothing diverged.
  if (u.g.some(Number.isNaN))
    return `${name}, update ${u.t}: the gradient at ${s.text(u.at)} is undefined, so it stops.`;
  const head = `${name}, update ${u.t}: ${gradientWords(u, o, s)}`;
  const state = stateWords(u, s);
  const end = u.diverged
    ? `the step ${s.text(u.delta)} leaves the finite numbers: diverged`
    : `moves by ${s.text(u.delta)} to ${s.text(u.to)}, loss ${formatText(u.loss)}`;
  return [head, ...state, end].join('; ') + '.';
}
