import { grouping, type Grouping } from './grouping.js';
import type { NormProblem } from './problem.js';
import { groupStatistics, type GroupStatistics } from './statistics.js';
import { flatten, shapeOf, type NestedNumbers } from './tensor.js';

/** Every number of a solved problem, flat: what the solution, the trace and the worked answer read. */
export interface NormComputation extends GroupStatistics {
  readonly problem: NormProblem;
  readonly grouping: Grouping;
  readonly x: Float64Array;
  /** √(spread + eps): what each group divides by. */
  readonly std: Float64Array;
  /** x̂ before the affine step. */
  readonly normalized: Float64Array;
  readonly output: Float64Array;
}

// The trace, per-cell explanations and the worked answer all ask for the same problem's numbers.
const computed = new WeakMap<NormProblem, NormComputation>();

export function computeNorm(problem: NormProblem): NormComputation {
  const known = computed.get(problem);
  if (known) return known;
  const shape = shapeOf(problem.input);
  const g = grouping(problem.type, problem.layout, shape, problem.groups);
  const x = flatten(problem.input as NestedNumbers, g.cells);
  const stats = groupStatistics(x, g, problem.type !== 'rms');
  const std = stats.spread.map((s) => Math.sqrt(s + problem.eps));
  const normalized = new Float64Array(g.cells);
  const output = new Float64Array(g.cells);
  const { gamma, beta } = problem;
  for (let i = 0; i < g.cells; i++) {
    const k = g.group[i]!;
    const c = g.channel[i]!;
    const xhat = (x[i]! - stats.mean[k]!) / std[k]!;
    normalized[i] = xhat;
    output[i] = gamma[c]! * xhat + beta[c]!;
  }
  const result = { ...stats, problem, grouping: g, x, std, normalized, output };
  computed.set(problem, result);
  return result;
}
