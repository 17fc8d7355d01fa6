import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { workedAnswer } from '../markdown.js';
import { solve, validate } from '../problem.js';
import { convTrace } from './trace.js';

/** Numbers near the edges that matter (0, negatives, fractions) and any other JSON. */
const value = fc.oneof(
  fc.integer({ min: -2, max: 4 }),
  fc.constantFrom(0.5, -1.5, 1e300, 'x', null, true),
  fc.jsonValue({ maxDepth: 1 }),
);
const pairish = fc.oneof(value, fc.tuple(value, value), fc.array(value, { maxLength: 3 }));
const tensor = (rank: number): fc.Arbitrary<unknown> =>
  rank === 0
    ? value
    : fc.oneof(
        { weight: 4, arbitrary: fc.array(tensor(rank - 1), { maxLength: 3 }) },
        { weight: 1, arbitrary: value },
      );
/** A rectangular block of small numbers of a given shape. */
const block = (shape: readonly number[]): fc.Arbitrary<unknown> => {
  const build = (d: number): fc.Arbitrary<unknown> =>
    d === shape.length
      ? fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -2, max: 2, noNaN: true }))
      : fc.array(build(d + 1), { minLength: shape[d]!, maxLength: shape[d]! });
  return build(0);
};
const someBlock = (rank: number): fc.Arbitrary<unknown> =>
  fc.array(fc.integer({ min: 1, max: 3 }), { minLength: rank, maxLength: rank }).chain(block);

/** Problems that are often valid, to reach the solver with every option combined. */
const plausible = fc
  .record({
    cg: fc.integer({ min: 1, max: 2 }),
    fg: fc.integer({ min: 1, max: 2 }),
    groups: fc.integer({ min: 1, max: 2 }),
    H: fc.integer({ min: 1, max: 5 }),
    W: fc.integer({ min: 1, max: 5 }),
    kH: fc.integer({ min: 1, max: 3 }),
    kW: fc.integer({ min: 1, max: 3 }),
    transposed: fc.boolean(),
  })
  .chain((d) =>
    fc.record(
      {
        widget: fc.constant('conv'),
        input: block([d.groups * d.cg, d.H, d.W]),
        kernels: block([d.groups * d.fg, d.cg, d.kH, d.kW]),
        bias: block([d.groups * d.fg]),
        stride: fc.constantFrom(1, 2, [1, 2], [3, 1]),
        padding: fc.constantFrom(0, 1, [2, 0]),
        dilation: fc.constantFrom(1, 2, [1, 2]),
        groups: fc.constant(d.groups),
        transposed: fc.constant(d.transposed),
        // Below the stride of 2 or the dilation of 2 when those are drawn, so valid about half the time.
        outputPadding: d.transposed ? fc.constantFrom(0, 1, [0, 1]) : fc.constant(0),
        activation: fc.constantFrom(
          { type: 'relu' },
          { type: 'leakyRelu', alpha: 0.2 },
          { type: 'sigmoid' },
          { type: 'tanh' },
          { type: 'softplus', beta: 2 },
          { type: 'step' },
        ),
        pool: fc.record(
          {
            type: fc.constantFrom('max', 'avg'),
            size: fc.constantFrom(1, 2, [1, 2]),
            stride: fc.constantFrom(1, 2),
          },
          { requiredKeys: ['type', 'size'] },
        ),
      },
      { requiredKeys: ['widget', 'input', 'kernels'] },
    ),
  );

const convLike = fc.record(
  {
    widget: fc.constant('conv'),
    input: fc.oneof(someBlock(3), tensor(3)),
    kernels: fc.oneof(someBlock(4), tensor(4)),
    bias: fc.oneof(fc.array(value, { maxLength: 3 }), value),
    stride: pairish,
    padding: pairish,
    dilation: pairish,
    groups: value,
    transposed: fc.oneof(fc.boolean(), value),
    outputPadding: pairish,
    activation: fc.oneof(
      fc.record(
        {
          type: fc.constantFrom('relu', 'leakyRelu', 'softplus', 'step', 'tanh', 'relu6'),
          alpha: value,
          beta: value,
        },
        { requiredKeys: ['type'] },
      ),
      value,
    ),
    pool: fc.oneof(
      fc.record(
        { type: fc.constantFrom('max', 'avg', 'min'), size: pairish, stride: pairish },
        { requiredKeys: [] },
      ),
      value,
    ),
    paddding: value,
  },
  { requiredKeys: ['widget'] },
);

test.prop(
  [
    fc.oneof(
      { weight: 4, arbitrary: plausible },
      { weight: 4, arbitrary: convLike },
      { weight: 1, arbitrary: fc.jsonValue() },
      { weight: 1, arbitrary: fc.anything() },
    ),
  ],
  // Each accepted case walks its whole trace: a few hundred runs stay well inside the timeout on a busy CI.
  { numRuns: 400 },
)('validate never throws; what it accepts solves to finite numbers with a full trace', (raw) => {
  const checked = validate(raw);
  if (!checked.ok) {
    expect(checked.issues.length).toBeGreaterThan(0);
    for (const issue of checked.issues) expect(typeof issue.message).toBe('string');
    return;
  }
  if (checked.value.widget !== 'conv') return;
  const solution = solve(checked.value);
  expect(JSON.stringify(solution)).not.toMatch(/null|NaN/);
  const trace = convTrace(checked.value);
  for (let i = 0; i < trace.length; i++) expect(trace.at(i).sentence).not.toMatch(/NaN|undefined|∞/);
  expect(workedAnswer(checked.value)).not.toMatch(/NaN|undefined/);
});
