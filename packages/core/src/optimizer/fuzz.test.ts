import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve, validate } from '../problem.js';

const hyper = fc.oneof(fc.double(), fc.constantFrom(0, 0.5, 1, -1, 1e-8), fc.jsonValue());
const optimizer = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom('sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'),
      fc.jsonValue(),
    ),
    lr: fc.oneof(fc.double({ min: 1e-4, max: 2, noNaN: true }), hyper),
    momentum: hyper,
    decay: hyper,
    beta1: hyper,
    beta2: hyper,
    eps: hyper,
  },
  { requiredKeys: [] },
);
const expression = fc.oneof(
  fc.constantFrom('x^2 + y^2', 'log(x)', 'sqrt(x) + abs(y)', 'x^y', '1/x', 'exp(x*y)', '(x', 'x +', '2x', ''),
  fc.stringMatching(/^[xy0-9+\-*/^(). a-z]{0,20}$/),
);

/** Objects shaped like optimizer problems, wrong in every way a person or a program could get them. */
const candidates = fc.record(
  {
    widget: fc.oneof(fc.constant('optimizer'), fc.jsonValue()),
    surface: fc.oneof(
      fc.record({ expression }, { requiredKeys: [] }),
      fc.record({
        preset: fc.oneof(fc.constantFrom('bowl', 'rosenbrock', 'absolute', 'bowel'), fc.jsonValue()),
      }),
      fc.jsonValue(),
    ),
    start: fc.oneof(
      fc.tuple(fc.double(), fc.double()),
      fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })),
      fc.jsonValue(),
    ),
    steps: fc.oneof(fc.integer({ min: -2, max: 60 }), fc.jsonValue()),
    noise: fc.oneof(
      fc.record({
        sigma: fc.oneof(fc.double(), fc.constant(1)),
        seed: fc.oneof(fc.integer(), fc.jsonValue()),
      }),
      fc.jsonValue(),
    ),
    optimizers: fc.oneof(fc.array(optimizer, { maxLength: 4 }), fc.jsonValue()),
  },
  { requiredKeys: ['widget'] },
);

describe('validate on random optimizer-like JSON', () => {
  it('never throws, and what it accepts solves to finite points', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: candidates }, { weight: 1, arbitrary: fc.jsonValue() }),
        (value) => {
          const checked = validate(value);
          if (!checked.ok) {
            expect(checked.issues.length).toBeGreaterThan(0);
            return;
          }
          // JSON writes non-finite numbers as null: none may reach a solution.
          expect(JSON.stringify(solve(checked.value))).not.toMatch(/null/);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
