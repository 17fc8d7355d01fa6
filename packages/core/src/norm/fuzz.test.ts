import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve, validate } from '../problem.js';

const number = fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 }), fc.constant(0));
const tensor = (depth: number): fc.Arbitrary<unknown> =>
  depth === 0
    ? fc.oneof({ weight: 8, arbitrary: number }, { weight: 1, arbitrary: fc.jsonValue() })
    : fc.array(tensor(depth - 1), { maxLength: 3 });

/** Objects shaped like norm problems, wrong in every way a person or a program could get them. */
const candidates = fc.record(
  {
    widget: fc.oneof(fc.constant('norm'), fc.jsonValue()),
    input: fc.oneof(tensor(2), tensor(3), tensor(4), fc.jsonValue()),
    layout: fc.oneof(fc.constantFrom('NCHW', 'NC', 'BTD', 'nchw'), fc.jsonValue()),
    type: fc.oneof(fc.constantFrom('batch', 'layer', 'instance', 'group', 'rms', 'lyer'), fc.jsonValue()),
    groups: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.jsonValue()),
    eps: fc.oneof(fc.constantFrom(0, 1e-5, -1), fc.double(), fc.jsonValue()),
    gamma: fc.oneof(tensor(1), fc.jsonValue()),
    beta: fc.oneof(tensor(1), fc.jsonValue()),
    paddding: fc.jsonValue(),
  },
  { requiredKeys: ['widget'] },
);

describe('validate on random norm-like JSON', () => {
  it('never throws, and what it accepts solves to finite numbers', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: candidates }, { weight: 1, arbitrary: fc.jsonValue() }),
        (value) => {
          const checked = validate(value);
          if (!checked.ok) {
            expect(checked.issues.length).toBeGreaterThan(0);
            for (const issue of checked.issues) expect(typeof issue.message).toBe('string');
            return;
          }
          expect(JSON.stringify(solve(checked.value))).not.toMatch(/null/);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
