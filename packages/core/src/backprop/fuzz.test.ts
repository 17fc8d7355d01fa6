import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../problem.js';

/** Values near the right shape find more paths through the validator than arbitrary JSON alone. */
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0, 0.5, 1, 1e308, -1e308),
);
const vector = fc.oneof(fc.array(number, { maxLength: 4 }), fc.jsonValue());
const matrix = fc.oneof(
  fc.array(fc.oneof(fc.array(number, { maxLength: 4 }), fc.jsonValue()), { maxLength: 4 }),
  fc.jsonValue(),
);
const activation = fc.oneof(
  fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'step', 'relU'),
        fc.jsonValue(),
      ),
      alpha: number,
      beta: number,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);
const layer = fc.oneof(
  fc.record({ weights: matrix, bias: vector, activation, extra: fc.jsonValue() }, { requiredKeys: [] }),
  fc.jsonValue(),
);
const loss = fc.oneof(
  fc.record(
    {
      type: fc.oneof(fc.constantFrom('mse', 'crossEntropy', 'bce', 'mes'), fc.jsonValue()),
      reduction: fc.oneof(fc.constantFrom('mean', 'sum', 'halfSum'), fc.jsonValue()),
      positiveWeight: number,
      negativeWeight: number,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);
const problem = fc.record(
  {
    widget: fc.constant('backprop'),
    input: vector,
    target: vector,
    layers: fc.oneof(fc.array(layer, { maxLength: 4 }), fc.jsonValue()),
    loss,
    learningRate: number,
    learningrate: fc.jsonValue(),
  },
  { requiredKeys: ['widget'] },
);

describe('validate on random input', () => {
  it('never throws, and returns a problem or at least one issue with a path and message', () => {
    fc.assert(
      fc.property(fc.oneof(problem, fc.jsonValue(), fc.anything()), (value) => {
        const checked = validate(value);
        if (checked.ok) expect(checked.value.widget).toBeDefined();
        else {
          expect(checked.issues.length).toBeGreaterThan(0);
          for (const issue of checked.issues) {
            expect(typeof issue.path).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
