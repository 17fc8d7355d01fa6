import { grouping, type Grouping } from './grouping.js';
import type { NormProblem } from './problem.js';
import { groupStatistics, type GroupStatistics } from './statistics.js';
import { flatten, shapeOf, type NestedNumbers } from './tensor.js';

/**
 * Every number of a solved problem, flat: what the solution, the trace and the worked answer read.
 * x̂ is not kept (the trace recomputes it per cell as (x − μ)/std) to spare the solver a second
 * input-sized array.
 */
export interface NormComputation extends GroupStatistics {
  readonly problem: NormProblem;
  readonly grouping: Grouping;
  readonly x: Float64Array;
  /** √(spread + eps): what each group divides by. */
  readonly std: Float64Array;
  readonly output: Float64Array;
}

// The trace, per-cell explanations and the worked answer all ask for the same problem's numbers.
const computed = new WeakMap<NormProblem, NormComputation>();

/**
 * Every type of one input reads the same flat values: switching type (a new problem sharing the input
 * array) reuses them instead of walking the nested arrays again. Keyed by the array, like the input's
 * summaries, since problems are never edited in place; nothing writes to `x`.
 */
const flatInputs = new WeakMap<object, Float64Array>();

function flatInput(input: NormProblem['input'], shape: readonly number[]): Float64Array {
  const known = flatInputs.get(input);
  if (known) return known;
  const x = flatten(input as NestedNumbers, shape);
  flatInputs.set(input, x);
  return x;
}

/**
 * x̂ of a value `deviation` from its group's centre (x − μ, or x for RMS norm), its group dividing by
 * `std`. A std of 0 comes only with eps = 0 and a group whose deviations are all exactly 0 (one
 * value, or equal ones; readNorm refuses the rest): x̂ is then 0, its value for every eps > 0, and
 * every output of the group is β, as the format asks of such groups, where 0/0 would make NaN.
 */
export const normalized = (deviation: number, std: number): number => (std === 0 ? 0 : deviation / std);

export function computeNorm(problem: NormProblem): NormComputation {
  const known = computed.get(problem);
  if (known) return known;
  const shape = shapeOf(problem.input);
  const g = grouping(problem.type, problem.layout, shape, problem.groups);
  const x = flatInput(problem.input, shape);
  const stats = groupStatistics(x, g, problem.type !== 'rms');
  const std = stats.spread.map((s) => Math.sqrt(s + problem.eps));
  const output = new Float64Array(g.cells);
  const { gamma, beta } = problem;
  const { rowStart, rowGroup, rowChannel, rowLength: W, rowStride: step } = g;
  for (let r = 0; r < rowStart.length; r++) {
    const [m, sd, scale, shift] = [
      stats.mean[rowGroup[r]!]!,
      std[rowGroup[r]!]!,
      gamma[rowChannel[r]!]!,
      beta[rowChannel[r]!]!,
    ];
    for (let w = 0, i = rowStart[r]!; w < W; w++, i += step) {
      output[i] = scale * normalized(x[i]! - m, sd) + shift;
    }
  }
  const result = { ...stats, problem, grouping: g, x, std, output };
  computed.set(problem, result);
  return result;
}

/** A problem's input and output as flat row-major arrays: cell i of either is the cell numbered i. */
export interface NormFlat {
  readonly x: Float64Array;
  readonly output: Float64Array;
}

/**
 * The solver's own flat input and output, for a drawing that reads values by cell index: `solve`
 * nests the output for the problem format, and flattening it again on every change of type would
 * walk every cell twice. Both arrays are kept with the problem (x with its input, so every type of
 * one input gets the very same x): read them, never write to them.
 */
export function normFlat(problem: NormProblem): NormFlat {
  const { x, output } = computeNorm(problem);
  return { x, output };
}
