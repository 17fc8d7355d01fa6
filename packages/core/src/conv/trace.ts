import type { Trace } from '../trace.js';
import { compute, type ConvComputation } from './compute.js';
import type { ConvGeometry } from './geometry.js';
import {
  collectSentence,
  collectTex,
  poolSentence,
  poolTex,
  scatterSentence,
  scatterTex,
  windowSentence,
  windowTex,
} from './narrate.js';
import type { ConvProblem, ConvSolution } from './problem.js';
import { solutionOf } from './solve.js';
import type { ConvCollectStep, ConvPoolCell, ConvPoolStep, ConvScatterStep, ConvStep, ConvStepKind, ConvWindowStep } from './steps.js';
import { contributions, scatterTargets } from './transposed-cells.js';
import { windowChannels } from './window.js';

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

function windowStep(run: ConvComputation, index: number, filter: number, row: number, column: number): ConvWindowStep {
  const { geometry: g, hyper: h, problem } = run;
  const at = (filter * g.outputHeight + row) * g.outputWidth + column;
  const step: ConvWindowStep = {
    kind: 'window',
    index,
    filter,
    group: Math.floor(filter / g.filtersPerGroup),
    row,
    column,
    origin: [row * h.sh - h.ph, column * h.sw - h.pw],
    get channels() {
      return windowChannels(run, filter, row, column);
    },
    bias: problem.bias[filter]!,
    preActivation: run.preActivation[at]!,
    output: run.output[at]!,
    activation: problem.activation,
    get sentence() {
      return windowSentence(step);
    },
    get tex() {
      return windowTex(step);
    },
  };
  return step;
}

function scatterStep(run: ConvComputation, index: number, filter: number, kernelChannel: number, row: number, column: number): ConvScatterStep {
  const g = run.geometry;
  const group = Math.floor(filter / g.filtersPerGroup);
  const channel = group * g.channelsPerGroup + kernelChannel;
  const step: ConvScatterStep = {
    kind: 'scatter',
    index,
    filter,
    group,
    channel,
    kernelChannel,
    row,
    column,
    input: run.input[(channel * g.height + row) * g.width + column]!,
    get targets() {
      return scatterTargets(run, filter, kernelChannel, row, column);
    },
    get sentence() {
      return scatterSentence(step);
    },
    get tex() {
      return scatterTex(step);
    },
  };
  return step;
}

function collectStep(run: ConvComputation, index: number, filter: number, row: number, column: number): ConvCollectStep {
  const { geometry: g, problem } = run;
  const at = (filter * g.outputHeight + row) * g.outputWidth + column;
  const step: ConvCollectStep = {
    kind: 'collect',
    index,
    filter,
    group: Math.floor(filter / g.filtersPerGroup),
    row,
    column,
    get contributions() {
      return contributions(run, filter, row, column);
    },
    get sum() {
      let sum = 0;
      for (const c of step.contributions) sum += c.product;
      return sum;
    },
    bias: problem.bias[filter]!,
    preActivation: run.preActivation[at]!,
    output: run.output[at]!,
    activation: problem.activation,
    get sentence() {
      return collectSentence(step);
    },
    get tex() {
      return collectTex(step);
    },
  };
  return step;
}

function poolStep(run: ConvComputation, index: number, filter: number, row: number, column: number): ConvPoolStep {
  const { geometry: g, problem, pooled } = run;
  const spec = problem.pool!;
  const at = (filter * g.pooledHeight + row) * g.pooledWidth + column;
  const top = row * spec.stride[0];
  const left = column * spec.stride[1];
  const best = pooled!.argmax?.[at];
  const step: ConvPoolStep = {
    kind: 'pool',
    index,
    filter,
    row,
    column,
    type: spec.type,
    origin: [top, left],
    size: spec.size,
    get cells() {
      const cells: ConvPoolCell[] = [];
      for (let r = top; r < top + spec.size[0]; r++) {
        for (let c = left; c < left + spec.size[1]; c++) {
          cells.push({ row: r, column: c, value: run.output[(filter * g.outputHeight + r) * g.outputWidth + c]! });
        }
      }
      return cells;
    },
    value: pooled!.values[at]!,
    argmax: best === undefined ? undefined : [Math.floor(best / g.outputWidth), best % g.outputWidth],
    get sentence() {
      return poolSentence(step);
    },
    get tex() {
      return poolTex(step);
    },
  };
  return step;
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

/** The trace of a computation already made (the worked answer reuses its solver's run). */
export function traceOf(run: ConvComputation): ConvTrace {
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
        throw new RangeError(`step ${index} is out of range: this trace has ${length} steps (0 to ${length - 1})`);
      }
      if (index >= convSteps) {
        const i = index - convSteps;
        const rest = i % pooledCells;
        return poolStep(run, index, Math.floor(i / pooledCells), Math.floor(rest / g.pooledWidth), rest % g.pooledWidth);
      }
      const filter = Math.floor(index / perFilter);
      let i = index - filter * perFilter;
      if (i < scatters) {
        const inCells = g.height * g.width;
        const rest = i % inCells;
        return scatterStep(run, index, filter, Math.floor(i / inCells), Math.floor(rest / g.width), rest % g.width);
      }
      i -= scatters;
      const row = Math.floor(i / g.outputWidth);
      const column = i % g.outputWidth;
      return run.problem.transposed ? collectStep(run, index, filter, row, column) : windowStep(run, index, filter, row, column);
    },
  };
}

/** The steps of a conv problem; solving happens once, here, and steps are made when asked for. */
export function convTrace(problem: ConvProblem): ConvTrace {
  return traceOf(compute(problem));
}
