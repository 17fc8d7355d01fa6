import { texDerivation } from '../format/tex.js';
import {
  axisLength,
  axisLengthText,
  axisNumbers,
  axisSymbols,
  axisTerms,
  poolLength,
  poolLengthText,
  type Axis,
  type AxisName,
} from './axis.js';
import { axisOf, convGeometry, parameterCount } from './geometry.js';
import type { ConvProblem } from './problem.js';

/*
 * The layer's sizes with their formulas written out, in plain text and in LaTeX, the way an answer
 * key shows them: for the worked answer and the Markdown answer, which load it when shown.
 */

/** A computed size with its formula written out: `Ho = ⌊(H + 2·ph − …)/sh⌋ + 1 = ⌊(4 + 2·1 − …)/1⌋ + 1 = 4`. */
export interface SizeWork {
  readonly value: number;
  readonly text: string;
  readonly tex: string;
}

/** The output length with its formula, symbolic then substituted. */
export function axisLengthWork(a: Axis, name: AxisName): SizeWork {
  const value = axisLength(a);
  const math = a.transposed
    ? ([n, k, st, p, d, op]: string[]): string =>
        `(${n} - 1)\\cdot ${st} - 2\\cdot ${p} + ${d}\\cdot(${k} - 1) + ${op} + 1`
    : ([n, k, st, p, d]: string[]): string =>
        `\\left\\lfloor \\frac{${n} + 2\\cdot ${p} - ${d}\\cdot(${k} - 1) - 1}{${st}} \\right\\rfloor + 1`;
  return {
    value,
    text: axisLengthText(a, name),
    tex: texDerivation(axisSymbols[name].out[1], math(axisTerms(name, 1)), math(axisNumbers(a)), value),
  };
}

export function poolLengthWork(size: number, window: number, stride: number, name: AxisName): SizeWork {
  const s = axisSymbols[name];
  const value = poolLength(size, window, stride);
  return {
    value,
    text: poolLengthText(size, window, stride, name),
    tex: texDerivation(
      s.pooled[1],
      `\\left\\lfloor \\frac{${s.out[1]} - \\text{size}}{\\text{stride}} \\right\\rfloor + 1`,
      `\\left\\lfloor \\frac{${size} - ${window}}{${stride}} \\right\\rfloor + 1`,
      value,
    ),
  };
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

/** The parameter count with its formula written out. */
export function parameterWork(problem: ConvProblem): SizeWork {
  const g = convGeometry(problem);
  const value = parameterCount(g);
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
