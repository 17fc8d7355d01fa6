import { describe, expect, it } from 'vitest';
import { workedAnswer } from '../markdown.js';
import { solve, validate } from '../problem.js';
import { optimizerPresets } from './presets.js';
import { SURFACES, SURFACE_NAMES } from './surfaces.js';
import { optimizerProblem } from './test-problem.testing.js';
import { solveOptimizer } from './solve.js';

describe('optimizer presets', () => {
  it('have unique ids', () => {
    expect(new Set(optimizerPresets.map((p) => p.id)).size).toBe(optimizerPresets.length);
  });

  it.each(optimizerPresets.map((p) => [p.id, p] as const))(
    '%s validates, solves and explains itself',
    (_id, preset) => {
      const checked = validate(preset.problem);
      if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
      const solution = solve(checked.value);
      expect(solution).toHaveProperty('trajectories');
      expect(workedAnswer(checked.value)).not.toMatch(/NaN|undefined/);
    },
  );

  it('reproduce the Stanford step-size answers: only x² with step 0.99 converges', () => {
    const final = (id: string) => {
      const problem = optimizerPresets.find((p) => p.id === id)!.problem;
      return solveOptimizer(optimizerProblem(problem as never)).trajectories[0]!.points;
    };
    const xs = (id: string, n: number) =>
      final(id)
        .slice(0, n)
        .map((p) => Number(p[0].toFixed(12)));
    expect(xs('stanford-abs-small-step', 4)).toEqual([0.1, -0.4, 0.1, -0.4]);
    expect(xs('stanford-abs-large-step', 3)).toEqual([1, -0.5, 1]);
    expect(
      final('stanford-square-1')
        .slice(0, 3)
        .map((p) => p[0]),
    ).toEqual([1, -1, 1]);
    const converging = final('stanford-square-099');
    expect(Math.abs(converging.at(-1)![0])).toBeCloseTo(0.98 ** 20, 12);
  });

  it('describe momentum against Nesterov as the runs behave: both overshoot, Nesterov less', () => {
    const preset = optimizerPresets.find((p) => p.id === 'ucla-momentum-vs-nesterov')!;
    const [momentum, nesterov] = solveOptimizer(optimizerProblem(preset.problem as never)).trajectories.map(
      (run) => run.points.map((p) => p[0]),
    );
    const lowest = (xs: number[]) => Math.min(...xs);
    expect(lowest(momentum!)).toBeCloseTo(-1.28, 2);
    expect(lowest(nesterov!)).toBeCloseTo(-0.6, 2);
    const lastSwing = (xs: number[]) => Math.max(...xs.slice(-10).map(Math.abs));
    expect(lastSwing(nesterov!)).toBeLessThan(lastSwing(momentum!) / 5);
    expect(preset.description).toContain('both overshoot');
    expect(preset.description).not.toContain('brakes before the minimum');
  });

  it('describe the narrow valley as the runs behave: SGD zig-zags across it, flipping the sign of y', () => {
    const preset = optimizerPresets.find((p) => p.id === 'ellipse-race')!;
    const sgd = solveOptimizer(optimizerProblem(preset.problem as never)).trajectories[0]!;
    expect(sgd.type).toBe('sgd');
    const ys = sgd.points.slice(0, 12).map((p) => p[1]);
    expect(ys.slice(1).every((y, i) => Math.sign(y) === -Math.sign(ys[i]!))).toBe(true);
    expect(preset.description).toContain('SGD zig-zags');
  });

  it('describe the four minima as the runs behave: the methods end in two different minima', () => {
    const preset = optimizerPresets.find((p) => p.id === 'himmelblau')!;
    const runs = solveOptimizer(optimizerProblem(preset.problem as never)).trajectories;
    const near = (to: readonly [number, number]) => (run: (typeof runs)[number]) =>
      Math.hypot(run.points.at(-1)![0] - to[0], run.points.at(-1)![1] - to[1]) < 0.05;
    const byMomentum = runs.filter((run) => ['sgd', 'momentum', 'nesterov'].includes(run.type));
    const adaptive = runs.filter((run) => !byMomentum.includes(run));
    expect(byMomentum.every(near([-3.77931, -3.283186]))).toBe(true);
    expect(adaptive.every(near([-2.805118, 3.131312]))).toBe(true);
    expect(preset.description).toContain('(−3.78, −3.28)');
    expect(preset.description).toContain('(−2.81, 3.13)');
  });

  it('include a run that diverges beside one that does not', () => {
    const problem = optimizerPresets.find((p) => p.id === 'sgd-diverges')!.problem;
    const [big, small] = solveOptimizer(optimizerProblem(problem as never)).trajectories;
    expect(big!.diverged).toBe(true);
    expect(small!.diverged).toBe(false);
  });
});

describe('surfaces', () => {
  it.each(SURFACE_NAMES)('%s is finite at its minima, which are stationary', (name) => {
    const problem = optimizerProblem({
      surface: { preset: name },
      start: [0.5, 0.5],
      steps: 0,
      optimizers: [{ type: 'sgd', lr: 1 }],
    });
    const out = new Float64Array(2);
    for (const [x, y] of SURFACES[name].minima) {
      expect(Number.isFinite(problem.surface.compiled.gradient(x, y, out))).toBe(true);
      if (name !== 'absolute') expect(Math.hypot(out[0]!, out[1]!)).toBeLessThan(1e-6);
    }
  });
});
