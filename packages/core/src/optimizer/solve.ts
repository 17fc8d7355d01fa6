import type { OptimizerProblem, OptimizerSolution, Trajectory, Vec2 } from './problem.js';
import { runAll, type Run } from './run.js';

/** The points θ0 … of a run, ending at the last finite θ when it diverged. */
export function runPoints(run: Run): Vec2[] {
  const count = run.diverged ? run.updates : run.updates + 1;
  return Array.from({ length: count }, (_, t) => [run.theta[2 * t]!, run.theta[2 * t + 1]!]);
}

export function trajectoryOf(run: Run): Trajectory {
  return { type: run.optimizer.type, points: runPoints(run), diverged: run.diverged };
}

/** Every optimizer's trajectory, in the problem's order. */
export function solveOptimizer(problem: OptimizerProblem): OptimizerSolution {
  return { trajectories: runAll(problem).map(trajectoryOf) };
}
