import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runOptimizer } from './run.js';
import { raceNoise } from './noise.js';
import { solveOptimizer } from './solve.js';
import { optimizerProblem } from './test-problem.testing.js';

describe('the six update rules', () => {
  // f = x² + 10y² at (1, 1): ∇f = (2, 20).
  const first = (optimizer: Record<string, unknown>) =>
    solveOptimizer(
      optimizerProblem({ surface: { preset: 'ellipse' }, start: [1, 1], steps: 1, optimizers: [optimizer] }),
    ).trajectories[0]!.points[1]!;

  it('sgd steps against the gradient', () => {
    expect(first({ type: 'sgd', lr: 0.1 })).toEqual([1 - 0.2, 1 - 2]);
  });

  it('momentum and Nesterov start from v = 0', () => {
    expect(first({ type: 'momentum', lr: 0.1 })).toEqual([0.8, -1]);
    expect(first({ type: 'nesterov', lr: 0.1 })).toEqual([0.8, -1]);
  });

  it('Adagrad and RMSprop scale each coordinate by its own gradient size', () => {
    const [x, y] = first({ type: 'adagrad', lr: 0.1, eps: 1e-8 });
    expect(x).toBeCloseTo(1 - (0.1 / (2 + 1e-8)) * 2, 15);
    expect(y).toBeCloseTo(1 - (0.1 / (20 + 1e-8)) * 20, 15);
    const [rx, ry] = first({ type: 'rmsprop', lr: 0.1, decay: 0.9, eps: 1e-8 });
    expect(rx).toBeCloseTo(1 - (0.1 / (Math.sqrt(0.1 * 4) + 1e-8)) * 2, 15);
    expect(ry).toBeCloseTo(1 - (0.1 / (Math.sqrt(0.1 * 400) + 1e-8)) * 20, 15);
  });

  it("Adam's bias correction makes the first step about lr in every coordinate", () => {
    const [x, y] = first({ type: 'adam', lr: 0.1 });
    expect(x).toBeCloseTo(0.9, 7);
    expect(y).toBeCloseTo(0.9, 7);
  });

  it('Nesterov takes the second gradient at the look-ahead point', () => {
    const problem = optimizerProblem({
      surface: { expression: 'x^2' },
      start: [1, 0],
      steps: 2,
      optimizers: [{ type: 'nesterov', lr: 0.1, momentum: 0.5 }],
    });
    const run = runOptimizer(problem, 0, raceNoise(problem));
    // v1 = −0.2, θ1 = 0.8; look-ahead 0.8 + 0.5·(−0.2) = 0.7, gradient 1.4; v2 = −0.1 − 0.14.
    expect(run.gradient[2]).toBeCloseTo(1.4, 15);
    expect(run.theta[4]).toBeCloseTo(0.8 - 0.24, 15);
  });
});

describe('runs', () => {
  it('sgd with a small step decreases a convex quadratic at every update', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (a, b, x0, y0) => {
          const lr = 0.9 / (2 * Math.max(a, b));
          const problem = optimizerProblem({
            surface: { expression: `${a}*x^2 + ${b}*y^2` },
            start: [x0, y0],
            steps: 20,
            optimizers: [{ type: 'sgd', lr }],
          });
          const { f } = runOptimizer(problem, 0, raceNoise(problem));
          for (let t = 1; t < f.length; t++) expect(f[t]).toBeLessThanOrEqual(f[t - 1]!);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stop at the update that leaves the finite numbers, keeping the points before it', () => {
    const problem = optimizerProblem({
      surface: { expression: 'x^2' },
      start: [1, 0],
      steps: 5000,
      optimizers: [{ type: 'sgd', lr: 3 }],
    });
    const [trajectory] = solveOptimizer(problem).trajectories;
    expect(trajectory!.diverged).toBe(true);
    const points = trajectory!.points;
    expect(points.length).toBeLessThan(5001);
    for (const [x, y] of points) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    // Each update multiplies x by 1 − 2·3 = −5.
    expect(points[3]![0]).toBe(-125);
    // The run keeps the steps asked for: the trace and its charts still run that long.
    expect(runOptimizer(problem, 0, raceNoise(problem))).toMatchObject({
      updates: points.length,
      steps: 5000,
    });
  });

  it('with a learning rate of 0 stay at the start, whatever the optimizer', () => {
    const types = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];
    const problem = optimizerProblem({
      surface: { preset: 'rosenbrock' },
      start: [-1, 1],
      steps: 3,
      optimizers: types.map((type) => ({ type, lr: 0 })),
    });
    for (const trajectory of solveOptimizer(problem).trajectories)
      expect(trajectory.points).toEqual([
        [-1, 1],
        [-1, 1],
        [-1, 1],
        [-1, 1],
      ]);
  });

  it('end where f stops being finite even while θ is finite', () => {
    const problem = optimizerProblem({
      surface: { expression: 'log(x)' },
      start: [1, 0],
      steps: 3,
      optimizers: [{ type: 'sgd', lr: 2 }],
    });
    // x1 = 1 − 2·1 = −1, where log is NaN.
    expect(solveOptimizer(problem).trajectories[0]).toEqual({
      type: 'sgd',
      points: [[1, 0]],
      diverged: true,
    });
  });

  it('draw seeded noise: the same seed repeats the run, and every optimizer gets the same noise', () => {
    const make = (seed: number, optimizers: unknown[]) =>
      solveOptimizer(
        optimizerProblem({
          surface: { preset: 'bowl' },
          start: [1, 1],
          steps: 10,
          noise: { sigma: 0.5, seed },
          optimizers,
        }),
      );
    const sgd = { type: 'sgd', lr: 0.1 };
    const adam = { type: 'adam', lr: 0.3 };
    const a = make(7, [sgd, sgd]);
    expect(make(7, [sgd, sgd])).toEqual(a);
    // Two optimizers alike run alike: neither is luckier.
    expect(a.trajectories[1]).toEqual(a.trajectories[0]);
    expect(make(8, [sgd, sgd]).trajectories[0]!.points).not.toEqual(a.trajectories[0]!.points);
    // Another optimizer, changed, added or taken away, leaves this one's run alone.
    const mixed = make(7, [adam, sgd]);
    expect(mixed.trajectories[1]).toEqual(a.trajectories[0]);
    expect(make(7, [sgd]).trajectories[0]).toEqual(a.trajectories[0]);
    expect(make(7, [adam]).trajectories[0]).toEqual(mixed.trajectories[0]);
  });

  it('with σ = 0 noise equal the noiseless run', () => {
    const base = {
      surface: { preset: 'rosenbrock' },
      start: [-1, 1],
      steps: 50,
      optimizers: [{ type: 'adam', lr: 0.05 }],
    };
    expect(solveOptimizer(optimizerProblem({ ...base, noise: { sigma: 0, seed: 3 } }))).toEqual(
      solveOptimizer(optimizerProblem(base)),
    );
  });

  it('of zero steps are just the start', () => {
    const problem = optimizerProblem({
      surface: { preset: 'bowl' },
      start: [1, 2],
      steps: 0,
      optimizers: [{ type: 'sgd', lr: 0.1 }],
    });
    expect(solveOptimizer(problem).trajectories).toEqual([
      { type: 'sgd', points: [[1, 2]], diverged: false },
    ]);
  });
});
