import { axisLength, canvasSpan, poolLength, type Axis, type AxisName } from './axis.js';
import type { ConvProblem } from './problem.js';

/** Every size of a layer, read once from a validated problem. */
export interface ConvGeometry {
  /** C, H, W: the input. */
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  /** F: filters, which are the output channels. */
  readonly filters: number;
  readonly kernelHeight: number;
  readonly kernelWidth: number;
  readonly groups: number;
  /** C/groups: the input channels each filter sees. */
  readonly channelsPerGroup: number;
  /** F/groups: the filters sharing those channels. */
  readonly filtersPerGroup: number;
  /** Ho, Wo: the pre-activation and activation maps. */
  readonly outputHeight: number;
  readonly outputWidth: number;
  /** Hp, Wp: the pooled maps (0 without a pool). */
  readonly pooledHeight: number;
  readonly pooledWidth: number;
}

export function axisOf(problem: ConvProblem, name: AxisName): Axis {
  const i = name === 'rows' ? 0 : 1;
  const input = problem.input[0]!;
  const kernel = problem.kernels[0]![0]!;
  return {
    size: i === 0 ? input.length : input[0]!.length,
    kernel: i === 0 ? kernel.length : kernel[0]!.length,
    stride: problem.stride[i],
    padding: problem.padding[i],
    dilation: problem.dilation[i],
    outputPadding: problem.outputPadding[i],
    transposed: problem.transposed,
  };
}

export function convGeometry(problem: ConvProblem): ConvGeometry {
  const rows = axisOf(problem, 'rows');
  const columns = axisOf(problem, 'columns');
  const outputHeight = axisLength(rows);
  const outputWidth = axisLength(columns);
  const pool = problem.pool;
  return {
    channels: problem.input.length,
    height: rows.size,
    width: columns.size,
    filters: problem.kernels.length,
    kernelHeight: rows.kernel,
    kernelWidth: columns.kernel,
    groups: problem.groups,
    channelsPerGroup: problem.input.length / problem.groups,
    filtersPerGroup: problem.kernels.length / problem.groups,
    outputHeight,
    outputWidth,
    pooledHeight: pool ? poolLength(outputHeight, pool.size[0], pool.stride[0]) : 0,
    pooledWidth: pool ? poolLength(outputWidth, pool.size[1], pool.stride[1]) : 0,
  };
}

/** A transposed conv's canvas in output positions (see `canvasSpan`): rows and columns. */
export interface TransposedCanvas {
  readonly rows: { readonly first: number; readonly last: number };
  readonly columns: { readonly first: number; readonly last: number };
}

export function transposedCanvas(problem: ConvProblem): TransposedCanvas {
  return { rows: canvasSpan(axisOf(problem, 'rows')), columns: canvasSpan(axisOf(problem, 'columns')) };
}

/** Trainable parameters, F·(C/g)·kH·kW + F: the same count both ways, as the format keeps one kernel layout. */
export function parameterCount(g: ConvGeometry): number {
  return g.filters * g.channelsPerGroup * g.kernelHeight * g.kernelWidth + g.filters;
}
