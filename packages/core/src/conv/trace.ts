import type { Trace } from '../trace.js';
import { compute, type ConvComputation } from './compute.js';
import type { ConvGeometry } from './geometry.js';
import type { ConvProblem, ConvSolution } from './problem.js';
import { solutionOf } from './solve.js';
import { CollectStep, PoolStep, ScatterStep, WindowStep } from './step-objects.js';
import type { ConvStep, ConvStepKind } from './steps.js';

/** A run of consecutive steps of one kind and filter: for scrubber labels and worked answers. */
export interface ConvSection {
  readonly kind: ConvStepKind;
  readonly filter: number;
  readonly start: number;
  readonly length: number;
}

/**
 * The steps of a conv problem, made on demand from their index. Order: per filter, its conv steps
 * (window steps; or, transposed, scatter steps then collect steps); then per filter, its pool steps.
 */
export interface ConvTrace extends Trace<ConvStep> {
  readonly geometry: ConvGeometry;
  readonly sections: readonly ConvSection[];
  /** The solution of the same computation (built on first read). */
  readonly solution: ConvSolution;
}

/** The sections of a trace, in step order. */
function sectionsOf(run: ConvComputation): ConvSection[] {
  const g = run.geometry;
  const sections: ConvSection[] = [];
  const add = (kind: ConvStepKind, filter: number, length: number): void => {
    const last = sections[sections.length - 1];
    sections.push({ kind, filter, start: last ? last.start + last.length : 0, length });
  };
  const cells = g.outputHeight * g.outputWidth;
  for (let f = 0; f < g.filters; f++) {
    if (run.problem.transposed) {
      add('scatter', f, g.channelsPerGroup * g.height * g.width);
      add('collect', f, cells);
    } else {
      add('window', f, cells);
    }
  }
  if (run.pooled) for (let f = 0; f < g.filters; f++) add('pool', f, g.pooledHeight * g.pooledWidth);
  return sections;
}

/**
 * The steps of a conv problem, made when asked for. The layer is solved once (and shared with
 * `solveConv` and the worked answer of the same problem); steps only read its arrays.
 */
export function convTrace(problem: ConvProblem): ConvTrace {
  const run = compute(problem);
  const g = run.geometry;
  const sections = sectionsOf(run);
  const last = sections[sections.length - 1]!;
  const length = last.start + last.length;
  const cells = g.outputHeight * g.outputWidth;
  const scatters = run.problem.transposed ? g.channelsPerGroup * g.height * g.width : 0;
  const perFilter = scatters + cells;
  const convSteps = g.filters * perFilter;
  const pooledCells = g.pooledHeight * g.pooledWidth;
  let solution: ConvSolution | undefined;
  return {
    length,
    geometry: g,
    sections,
    get solution() {
      return (solution ??= solutionOf(run));
    },
    at(index: number): ConvStep {
      if (!Number.isInteger(index) || index < 0 || index >= length) {
        throw new RangeError(
          `step ${index} is out of range: this trace has ${length} steps (0 to ${length - 1})`,
        );
      }
      if (index >= convSteps) {
        const i = index - convSteps;
        const rest = i % pooledCells;
        return new PoolStep(
          run,
          index,
          Math.floor(i / pooledCells),
          Math.floor(rest / g.pooledWidth),
          rest % g.pooledWidth,
        );
      }
      const filter = Math.floor(index / perFilter);
      let i = index - filter * perFilter;
      if (i < scatters) {
        const inCells = g.height * g.width;
        const rest = i % inCells;
        return new ScatterStep(
          run,
          index,
          filter,
          Math.floor(i / inCells),
          Math.floor(rest / g.width),
          rest % g.width,
        );
      }
      i -= scatters;
      const row = Math.floor(i / g.outputWidth);
      const column = i % g.outputWidth;
      return run.problem.transposed
        ? new CollectStep(run, index, filter, row, column)
        : new WindowStep(run, index, filter, row, column);
    },
  };
}
