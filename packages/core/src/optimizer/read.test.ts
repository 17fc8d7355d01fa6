import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { OPTIMIZER_LIMITS } from './limits.js';
import { readOptimizerProblem } from './read.js';

const base = {
  widget: 'optimizer',
  surface: { expression: 'x^2 + y^2' },
  start: [1, 2],
  optimizers: [{ type: 'sgd', lr: 0.1 }],
};

function issues(value: unknown): string[] {
  const c = new Checker();
  const problem = readOptimizerProblem(c, value);
  expect(problem === undefined).toBe(c.issues.length > 0);
  return c.issues.map((i) => `${i.path}: ${i.message}`);
}

const withChange = (change: Record<string, unknown>) => issues({ ...base, ...change });

describe('readOptimizerProblem fills defaults', () => {
  it("steps 100, no noise, and each optimizer's default hyperparameters", () => {
    const c = new Checker();
    const problem = readOptimizerProblem(c, {
      ...base,
      optimizers: [
        { type: 'momentum', lr: 0.1 },
        { type: 'rmsprop', lr: 0.1 },
        { type: 'adam', lr: 0.1 },
        { type: 'adagrad', lr: 1 },
      ],
    })!;
    expect(c.issues).toEqual([]);
    expect(problem.steps).toBe(100);
    expect(problem.noise).toBeUndefined();
    expect(problem.optimizers).toEqual([
      { type: 'momentum', lr: 0.1, momentum: 0.9 },
      { type: 'rmsprop', lr: 0.1, decay: 0.9, eps: 1e-8 },
      { type: 'adam', lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
      { type: 'adagrad', lr: 1, eps: 1e-8 },
    ]);
  });

  it('serializes the surface back to the problem format', () => {
    const problem = readOptimizerProblem(new Checker(), { ...base, surface: { preset: 'rosenbrock' } })!;
    expect(JSON.parse(JSON.stringify(problem)).surface).toEqual({ preset: 'rosenbrock' });
    expect(problem.surface.expression).toBe('(1 - x)^2 + 100*(y - x^2)^2');
    expect(problem.surface.oneDimensional).toBe(false);
    expect(
      readOptimizerProblem(new Checker(), { ...base, surface: { preset: 'absolute' } })!.surface
        .oneDimensional,
    ).toBe(true);
  });
});

describe('readOptimizerProblem reports every error with its path', () => {
  it('unknown keys, with the closest known key', () => {
    expect(withChange({ stpes: 5 })).toEqual([
      'stpes: unknown key (did you mean "steps"?); known keys: widget, surface, start, steps, noise, optimizers',
    ]);
    expect(withChange({ optimizers: [{ type: 'adam', lr: 0.1, beta3: 0.9 }] })).toEqual([
      'optimizers[0].beta3: unknown key (did you mean "beta1"?); known keys: type, lr, beta1, beta2, eps',
    ]);
  });

  it('missing required keys', () => {
    expect(issues({ widget: 'optimizer' })).toEqual([
      'surface: required',
      'start: required',
      'optimizers: required',
    ]);
    expect(withChange({ optimizers: [{ lr: 0.1 }, { type: 'sgd' }] })).toEqual([
      'optimizers[0].type: required, one of "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"',
      'optimizers[1].lr: required',
    ]);
  });

  it('the surface: exactly one source, a known preset, an expression that parses', () => {
    expect(withChange({ surface: {} })).toEqual([
      'surface: expected exactly one of "expression" or "preset", got neither',
    ]);
    expect(withChange({ surface: { expression: 'x', preset: 'bowl' } })).toEqual([
      'surface: expected exactly one of "expression" or "preset", got both',
    ]);
    expect(withChange({ surface: { preset: 'rosenbrok' } })[0]).toMatch(
      /^surface\.preset: expected one of "bowl", .* \(did you mean "rosenbrock"\?\)$/,
    );
    expect(withChange({ surface: { expression: 'x^2 + * y' } })).toEqual([
      "surface.expression: unexpected '*' at column 7",
    ]);
    expect(withChange({ surface: { expression: 3 } })).toEqual([
      'surface.expression: expected a string, got 3',
    ]);
    expect(withChange({ surface: 'x^2' })).toEqual(['surface: expected an object, got the string "x^2"']);
  });

  it('the start: a finite pair, within the limit, where the loss is finite', () => {
    expect(withChange({ start: [1] })).toEqual(['start: expected [x, y], got an array of 1']);
    expect(withChange({ start: [1, 'a'] })).toEqual([
      'start[1]: expected a finite number, got the string "a"',
    ]);
    expect(withChange({ start: [2e6, 0] })).toEqual([
      `start[0]: expected a number <= ${OPTIMIZER_LIMITS.maxAbsStart}, got 2000000`,
    ]);
    expect(withChange({ surface: { expression: 'log(x)' }, start: [-1, 0] })).toEqual([
      'start: f(−1, 0) = NaN, not a finite loss: change the expression or the start',
    ]);
    // Infinite everywhere: the expression is what is wrong, and the message does not say otherwise.
    expect(withChange({ surface: { expression: '1/0' }, start: [-4, 2] })).toEqual([
      'start: f(−4, 2) = ∞, not a finite loss: change the expression or the start',
    ]);
  });

  it('steps: an integer from 0 to the limit', () => {
    expect(withChange({ steps: -1 })).toEqual(['steps: expected a number >= 0, got -1']);
    expect(withChange({ steps: 2.5 })).toEqual(['steps: expected an integer, got 2.5']);
    expect(withChange({ steps: 100_001 })).toEqual(['steps: expected a number <= 100000, got 100001']);
  });

  it('noise: sigma >= 0 and an integer seed, both required', () => {
    expect(withChange({ noise: { sigma: -1, seed: 1 } })).toEqual([
      'noise.sigma: expected a number >= 0, got -1',
    ]);
    expect(withChange({ noise: { sigma: 1 } })).toEqual(['noise.seed: required']);
    expect(withChange({ noise: { sigma: 1, seed: 1.5 } })).toEqual([
      'noise.seed: expected an integer, got 1.5',
    ]);
  });

  it('optimizers: a non-empty list within the limit, each type known, each hyperparameter in range', () => {
    expect(withChange({ optimizers: [] })).toEqual(['optimizers: expected at least one optimizer, got none']);
    expect(withChange({ optimizers: {} })).toEqual([
      'optimizers: expected an array of optimizers, got an object',
    ]);
    expect(withChange({ optimizers: Array(13).fill({ type: 'sgd', lr: 1 }) })).toEqual([
      'optimizers: the number of optimizers is 13, over the limit of 12',
    ]);
    expect(withChange({ optimizers: ['sgd'] })).toEqual([
      'optimizers[0]: expected an optimizer object such as {"type": "sgd", "lr": 0.1}, got the string "sgd"',
    ]);
    expect(withChange({ optimizers: [{ type: 'adamw', lr: 1 }] })[0]).toMatch(
      /^optimizers\[0\]\.type: expected one of .*\(did you mean "adam"\?\)$/,
    );
    // The format sets no lower bound above 0, and PyTorch takes lr = 0: the run stays put.
    expect(withChange({ optimizers: [{ type: 'sgd', lr: 0 }] })).toEqual([]);
    expect(withChange({ optimizers: [{ type: 'sgd', lr: -0.1 }] })).toEqual([
      'optimizers[0].lr: expected a number >= 0, got -0.1',
    ]);
    expect(withChange({ optimizers: [{ type: 'momentum', lr: 1, momentum: 1 }] })).toEqual([
      'optimizers[0].momentum: expected a number in [0, 1), got 1',
    ]);
    expect(withChange({ optimizers: [{ type: 'adam', lr: 1, beta2: -0.1, eps: 0 }] })).toEqual([
      'optimizers[0].beta2: expected a number >= 0, got -0.1',
      'optimizers[0].eps: expected a number > 0, got 0',
    ]);
  });

  it('the total work: steps × optimizers within the limit', () => {
    expect(withChange({ steps: 100_000, optimizers: Array(7).fill({ type: 'sgd', lr: 0.1 }) })).toEqual([
      'steps: steps × optimizers (100000 × 7) is 700000, over the limit of 600000',
    ]);
  });

  it('reports several errors at once', () => {
    expect(
      issues({
        widget: 'optimizer',
        surface: { expression: 'x +' },
        start: 'here',
        steps: -2,
        optimizers: [{ type: 'sgd', lr: -1 }],
      }),
    ).toEqual([
      'surface.expression: unexpected end of the expression at column 4',
      'start: expected [x, y], got the string "here"',
      'steps: expected a number >= 0, got -2',
      'optimizers[0].lr: expected a number >= 0, got -1',
    ]);
  });
});
