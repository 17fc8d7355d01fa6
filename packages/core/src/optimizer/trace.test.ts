import { describe, expect, it } from 'vitest';
import { steps } from '../trace.js';
import { solveOptimizer } from './solve.js';
import { optimizerProblem } from './test-problem.testing.js';
import { numberedNames, optimizerNames } from './names.js';
import { optimizerTrace } from './trace.js';
import { optimizerUpdateTex } from './update-tex.js';

const race = optimizerProblem({
  surface: { preset: 'ellipse' },
  start: [-4, 2],
  steps: 30,
  noise: { sigma: 0.1, seed: 5 },
  optimizers: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'].map((type) => ({
    type,
    lr: 0.05,
  })),
});

describe('optimizerTrace', () => {
  it('has a step per update plus the start, and every racer matches the solution', () => {
    const trace = optimizerTrace(race);
    const { trajectories } = solveOptimizer(race);
    expect(trace.length).toBe(31);
    for (const step of steps(trace)) {
      step.racers.forEach((r, k) => expect(r.theta).toEqual(trajectories[k]!.points[step.t]));
    }
  });

  it('starts with every racer at θ0 and no update', () => {
    const start = optimizerTrace(race).at(0);
    expect(start.racers.every((r) => r.update === undefined && r.updates === 0)).toBe(true);
    expect(start.sentence).toMatch(/^Start at \(−4, 2\): SGD at \(−4, 2\), loss 56; Momentum/);
  });

  it('rebuilds each update with the numbers the run used', () => {
    const trace = optimizerTrace(race);
    for (let k = 0; k < 6; k++) {
      for (const t of [1, 2, 17, 30]) {
        const u = trace.update(k, t)!;
        expect(u.to[0]).toBe(u.from[0] + u.delta[0]);
        expect(u.to[1]).toBe(u.from[1] + u.delta[1]);
        expect(u.g).toEqual([u.exact[0] + u.noise![0], u.exact[1] + u.noise![1]]);
        expect(u.t).toBe(t);
      }
    }
    expect(trace.update(0, 0)).toBeUndefined();
    expect(trace.update(0, 31)).toBeUndefined();
  });

  it('narrates an Adam update with its moments, corrections and step sizes', () => {
    const problem = optimizerProblem({
      surface: { preset: 'ellipse' },
      start: [1, 1],
      steps: 1,
      optimizers: [{ type: 'adam', lr: 0.1 }],
    });
    const u = optimizerTrace(problem).update(0, 1)!;
    const tex = optimizerUpdateTex(u, problem.optimizers[0]!, false);
    expect(u.sentence).toMatch(
      /^Adam, update 1: gradient \(2, 20\); first moment v = \(0\.2, 2\); second moment a = \(0\.004, 0\.4\); corrected v̂ = \(2, 20\), â = \(4, 400\); step sizes \(0\.05, 0\.005\); moves by \(−0\.1, −0\.1\) to \(0\.9, 0\.9\), loss 8\.91\.$/,
    );
    expect(tex).toContain(
      '\\hat{v}_{1} &= \\frac{v_{1}}{1 - \\beta_1^{1}} = \\frac{\\left(0.2,\\ 2\\right)}{1 - 0.9^{1}} \\\\ &= \\left(2,\\ 20\\right)',
    );
  });

  it('puts each result on a row of its own, so no row has more than its formula and its numbers', () => {
    // Every rule, each with noise (and Nesterov's look-ahead).
    const trace = optimizerTrace(race);
    race.optimizers.forEach((o, k) => {
      const tex = optimizerUpdateTex(trace.update(k, 2)!, o, false);
      const rows = tex.replace(/^\\begin\{aligned\} | \\end\{aligned\}$/g, '').split(' \\\\ ');
      for (const row of rows) expect(row.split('=').length - 1, `${o.type}: ${row}`).toBeLessThanOrEqual(2);
      // Every line but the loss ends on a row that is its result alone.
      expect(rows.filter((row) => /^&= [^=]+$/.test(row)).length, o.type).toBeGreaterThanOrEqual(2);
    });
  });

  it("calls Adagrad's a a sum and RMSprop's an average, as each keeps it", () => {
    const trace = optimizerTrace(race);
    expect(trace.update(3, 2)!.sentence).toContain('; squared-gradient sum a = (');
    expect(trace.update(4, 2)!.sentence).toContain('; squared-gradient average a = (');
  });

  it('writes 1-D surfaces with scalars and names the noise and the look-ahead', () => {
    const problem = optimizerProblem({
      surface: { preset: 'parabola' },
      start: [1, 0],
      steps: 2,
      noise: { sigma: 0.5, seed: 1 },
      optimizers: [{ type: 'nesterov', lr: 0.1 }],
    });
    const u = optimizerTrace(problem).update(0, 2)!;
    const tex = optimizerUpdateTex(u, problem.optimizers[0]!, true);
    expect(u.sentence).toMatch(
      /^Nesterov, update 2: gradient at the look-ahead [−\d.]+ is [−\d.]+ plus noise [−\d.]+ = [−\d.]+; velocity v = [−\d.]+; moves by [−\d.]+ to [−\d.]+, loss [\d.]+\.$/,
    );
    expect(tex).toContain('g_{2} &= \\nabla f(\\theta_{1} + \\alpha v_{1}) + n_{2} = \\nabla f');
  });

  it('marks the update that diverged and keeps the last finite point afterwards', () => {
    const problem = optimizerProblem({
      surface: { expression: 'x^2' },
      start: [1, 0],
      steps: 1000,
      optimizers: [{ type: 'sgd', lr: 3 }],
    });
    const trace = optimizerTrace(problem);
    const run = trace.runs[0]!;
    const last = trace.update(0, run.updates)!;
    expect(last.diverged).toBe(true);
    expect(last.sentence).toMatch(/leaves the finite numbers: diverged\.$/);
    const after = trace.at(1000);
    expect(after.racers[0]!.diverged).toBe(true);
    expect(Number.isFinite(after.racers[0]!.theta[0])).toBe(true);
    expect(after.sentence).toBe(`After update 1000: SGD diverged at update ${run.updates}.`);
  });

  it('says a run stopped where its gradient is undefined, rather than that it diverged', () => {
    const problem = optimizerProblem({
      surface: { expression: 'sqrt(x^2+y^2)' },
      start: [0, 0],
      steps: 10,
      optimizers: [{ type: 'sgd', lr: 0.1 }],
    });
    const trace = optimizerTrace(problem);
    expect(trace.runs[0]).toMatchObject({ diverged: true, undefinedGradient: true, updates: 1 });
    expect(trace.update(0, 1)!.sentence).toBe(
      'SGD, update 1: the gradient at (0, 0) is undefined, so it stops.',
    );
    expect(trace.at(10).sentence).toBe(
      'After update 10: SGD stopped at update 1: the gradient at (0, 0) is undefined.',
    );
    // An overflow is not mistaken for it.
    const overflow = optimizerProblem({
      surface: { expression: 'x^2' },
      start: [1, 0],
      steps: 1000,
      optimizers: [{ type: 'sgd', lr: 3 }],
    });
    expect(optimizerTrace(overflow).runs[0]!.undefinedGradient).toBe(false);
  });
});

describe('optimizerNames', () => {
  it('tells optimizers of one type apart, by learning rate or else by place', () => {
    expect(
      optimizerNames([
        { type: 'sgd', lr: 0.1 },
        { type: 'adam', lr: 0.1 },
      ]),
    ).toEqual(['SGD', 'Adam']);
    expect(
      optimizerNames([
        { type: 'sgd', lr: 0.11 },
        { type: 'adam', lr: 0.1 },
        { type: 'sgd', lr: 0.09 },
      ]),
    ).toEqual(['SGD (ε = 0.11)', 'Adam', 'SGD (ε = 0.09)']);
    // Rates that read alike at three digits do not tell two runs apart.
    expect(
      optimizerNames([
        { type: 'momentum', lr: 0.1 },
        { type: 'momentum', lr: 0.10001 },
      ]),
    ).toEqual(['Momentum 1', 'Momentum 2']);
  });

  it('numberedNames numbers a type among its kind only when it is not alone', () => {
    expect(numberedNames(['sgd', 'adam', 'sgd'])).toEqual(['SGD 1', 'Adam', 'SGD 2']);
  });

  it('the narration calls two runs of one type by those names', () => {
    const problem = optimizerProblem({
      surface: { expression: 'x^2' },
      start: [1, 0],
      steps: 1000,
      optimizers: [
        { type: 'sgd', lr: 3 },
        { type: 'sgd', lr: 0.25 },
      ],
    });
    const trace = optimizerTrace(problem);
    expect(trace.at(1000).sentence).toMatch(
      /^After update 1000: SGD \(ε = 3\) diverged at update \d+; SGD \(ε = 0\.25\) at /,
    );
    expect(trace.update(1, 1)!.sentence).toMatch(/^SGD \(ε = 0\.25\), update 1: /);
  });
});
