import { texDerivation } from '../format/tex.js';
import {
  axisLength,
  canvasSpan,
  axisLengthWork,
  poolLength,
  poolLengthWork,
  type Axis,
  type AxisName,
  type SizeWork,
} from './axis.js';
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

/** The output (and pooled) shape with each size's formula written out with the problem's numbers. */
export interface ShapeWork {
  readonly outputShape: readonly [number, number, number];
  readonly rows: SizeWork;
  readonly columns: SizeWork;
  readonly pooledRows: SizeWork | undefined;
  readonly pooledColumns: SizeWork | undefined;
}

export function shapeWork(problem: ConvProblem): ShapeWork {
  const rows = axisLengthWork(axisOf(problem, 'rows'), 'rows');
  const columns = axisLengthWork(axisOf(problem, 'columns'), 'columns');
  const pool = problem.pool;
  return {
    outputShape: [problem.kernels.length, rows.value, columns.value],
    rows,
    columns,
    pooledRows: pool && poolLengthWork(rows.value, pool.size[0], pool.stride[0], 'rows'),
    pooledColumns: pool && poolLengthWork(columns.value, pool.size[1], pool.stride[1], 'columns'),
  };
}

/** Trainable parameters: the same count both ways, since the format keeps one kernel layout. */
export function parameterWork(problem: ConvProblem): SizeWork {
  const g = convGeometry(problem);
  const value = g.filters * g.channelsPerGroup * g.kernelHeight * g.kernelWidth + g.filters;
  const [f, c, groups, kh, kw] = [g.filters, g.channels, g.groups, g.kernelHeight, g.kernelWidth];
  return {
    value,
    text: `F·(C/groups)·kH·kW + F = ${f}·(${c}/${groups})·${kh}·${kw} + ${f} = ${value}`,
    tex: texDerivation(
      '\\text{parameters}',
      'F\\cdot\\frac{C}{g}\\cdot k_H\\cdot k_W + F',
      `${f}\\cdot\\frac{${c}}{${groups}}\\cdot ${kh}\\cdot ${kw} + ${f}`,
      value,
    ),
  };
}
