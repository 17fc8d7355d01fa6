import { formatText } from '../format/number.js';
import type { Checker } from '../validate/checker.js';
import { index, key } from '../validate/path.js';
import { compute, type BackpropComputation } from './compute.js';
import type { BackpropProblem } from './network.js';

/**
 * What only solving can tell: bce's outputs must lie in (0, 1), and no number may overflow float64
 * (a widget must never draw NaN). Reported at the layer to change, naming the offending value.
 * Training checks every state it reaches with it, passing the computation it has already made.
 */
export function checkSolvable(
  c: Checker,
  problem: BackpropProblem,
  computed: BackpropComputation = compute(problem),
): void {
  const last = problem.layers.length - 1;
  const overflow = computed.values.findIndex(({ z, a }) => ![...z, ...a].every(Number.isFinite));
  if (overflow >= 0) {
    const { z } = computed.values[overflow]!;
    const unit = z.findIndex(
      (v, j) => !Number.isFinite(v) || !Number.isFinite(computed.values[overflow]!.a[j]!),
    );
    c.fail(
      index('layers', overflow),
      `the forward pass overflows float64 at z[${unit}] (${formatText(z[unit]!)}); use smaller weights or inputs`,
    );
    return;
  }
  if (problem.loss.type === 'bce') {
    const before = c.issues.length;
    computed.output.forEach((o, k) => {
      if (!(o > 0 && o < 1)) {
        c.fail(
          key(index('layers', last), 'activation'),
          `bce needs every output strictly between 0 and 1, but output[${k}] is ${formatText(o, 17)}; a sigmoid last layer keeps it there unless z saturates`,
        );
      }
    });
    if (c.issues.length > before) return;
  }
  if (!Number.isFinite(computed.loss)) {
    c.fail(
      'loss',
      `the loss overflows float64 (${formatText(computed.loss)}); use smaller weights or inputs`,
    );
    return;
  }
  for (let l = last; l >= 0; l--) {
    const g = computed.gradients[l]!;
    const u = computed.updated[l]!;
    if (![...g.bias, ...g.weights.flat(), ...u.bias, ...u.weights.flat()].every(Number.isFinite)) {
      c.fail(
        index('layers', l),
        'the gradients or updated parameters overflow float64; use smaller weights, inputs or learning rate',
      );
      return;
    }
  }
}
