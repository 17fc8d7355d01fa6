import { activate } from '../activation.js';
import { correlate, type Hyper } from './correlate.js';
import { flatten } from './flat.js';
import { convGeometry, type ConvGeometry } from './geometry.js';
import { pool, type Pooled } from './pool.js';
import type { ConvProblem } from './problem.js';
import { scatter } from './scatter.js';

/**
 * One solved layer in flat memory: what the solution, the trace and the worked answer all read,
 * so every view shows the same numbers from one computation.
 */
export interface ConvComputation {
  readonly problem: ConvProblem;
  readonly geometry: ConvGeometry;
  readonly hyper: Hyper;
  /** [C][H][W] */
  readonly input: Float64Array;
  /** [F][C/groups][kH][kW] */
  readonly weights: Float64Array;
  /** [F][Ho][Wo] */
  readonly preActivation: Float64Array;
  readonly output: Float64Array;
  /** [F][Hp][Wp], with a pool only. */
  readonly pooled: Pooled | undefined;
}

/**
 * Computations by problem: solving, tracing and the worked answer of one problem share one run.
 * Safe because a validated problem is immutable: `readConv` copies its arrays out of the JSON.
 */
const runs = new WeakMap<ConvProblem, ConvComputation>();

export function compute(problem: ConvProblem): ConvComputation {
  let run = runs.get(problem);
  if (!run) {
    run = runLayer(problem);
    runs.set(problem, run);
  }
  return run;
}

function runLayer(problem: ConvProblem): ConvComputation {
  const geometry = convGeometry(problem);
  const g = geometry;
  const hyper: Hyper = {
    sh: problem.stride[0],
    sw: problem.stride[1],
    ph: problem.padding[0],
    pw: problem.padding[1],
    dh: problem.dilation[0],
    dw: problem.dilation[1],
  };
  const input = flatten(problem.input, g.channels * g.height * g.width);
  const weights = flatten(problem.kernels, g.filters * g.channelsPerGroup * g.kernelHeight * g.kernelWidth);
  const preActivation = (problem.transposed ? scatter : correlate)(
    geometry,
    hyper,
    input,
    weights,
    problem.bias,
  );
  const output = new Float64Array(preActivation.length);
  const activation = problem.activation;
  for (let i = 0; i < output.length; i++) output[i] = activate(activation, preActivation[i]!);
  const pooled =
    problem.pool &&
    pool(output, g.filters, g.outputHeight, g.outputWidth, problem.pool, g.pooledHeight, g.pooledWidth);
  return { problem, geometry, hyper, input, weights, preActivation, output, pooled };
}
