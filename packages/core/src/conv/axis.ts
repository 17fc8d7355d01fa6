import { texDerivation } from '../format/tex.js';

/**
 * The size arithmetic of one spatial axis (rows or columns), as numbers and as the written-out
 * formula with the numbers substituted, the way an answer key shows it.
 */

/** One axis of a layer: its input length and the hyperparameters acting along it. */
export interface Axis {
  readonly size: number;
  readonly kernel: number;
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
  readonly outputPadding: number;
  readonly transposed: boolean;
}

/** A computed size with its formula written out: `Ho = ⌊(H + 2·ph − …)/sh⌋ + 1 = ⌊(4 + 2·1 − …)/1⌋ + 1 = 4`. */
export interface SizeWork {
  readonly value: number;
  readonly text: string;
  readonly tex: string;
}

export type AxisName = 'rows' | 'columns';

/** Symbols per axis, plain text and TeX: the names the answer key uses. */
const symbols = {
  rows: {
    out: ['Ho', 'H_o'],
    size: ['H', 'H'],
    kernel: ['kH', 'k_H'],
    stride: ['sh', 's_h'],
    padding: ['ph', 'p_h'],
    dilation: ['dh', 'd_h'],
    outputPadding: ['oph', 'op_h'],
    pooled: ['Hp', 'H_p'],
  },
  columns: {
    out: ['Wo', 'W_o'],
    size: ['W', 'W'],
    kernel: ['kW', 'k_W'],
    stride: ['sw', 's_w'],
    padding: ['pw', 'p_w'],
    dilation: ['dw', 'd_w'],
    outputPadding: ['opw', 'op_w'],
    pooled: ['Wp', 'W_p'],
  },
} as const;

/** PyTorch's output length: Conv2d and ConvTranspose2d. */
export function axisLength(a: Axis): number {
  return a.transposed
    ? (a.size - 1) * a.stride - 2 * a.padding + a.dilation * (a.kernel - 1) + a.outputPadding + 1
    : Math.floor((a.size + 2 * a.padding - a.dilation * (a.kernel - 1) - 1) / a.stride) + 1;
}

/**
 * A transposed conv's canvas along an axis, in output positions: input positions 0..size−1 scatter
 * their kernel taps onto [first, last]. The output keeps [0, length): `padding` positions are
 * cropped at the start and `padding − outputPadding` at the end (where output padding exceeds the
 * padding, the output goes on past the canvas, into positions no product reaches).
 */
export function canvasSpan(a: Axis): { readonly first: number; readonly last: number } {
  // 0 − p, not −p: no padding starts at +0, which no label can print as −0.
  return { first: 0 - a.padding, last: (a.size - 1) * a.stride + a.dilation * (a.kernel - 1) - a.padding };
}

/** The output length with its formula, symbolic then substituted. */
export function axisLengthWork(a: Axis, name: AxisName): SizeWork {
  const value = axisLength(a);
  const s = symbols[name];
  const text = (i: 0 | 1): string[] => [
    s.size[i],
    s.kernel[i],
    s.stride[i],
    s.padding[i],
    s.dilation[i],
    s.outputPadding[i],
  ];
  const numbers = [a.size, a.kernel, a.stride, a.padding, a.dilation, a.outputPadding].map(String);
  if (a.transposed) {
    const plain = ([n, k, st, p, d, op]: string[]): string =>
      `(${n} − 1)·${st} − 2·${p} + ${d}·(${k} − 1) + ${op} + 1`;
    const math = ([n, k, st, p, d, op]: string[]): string =>
      `(${n} - 1)\\cdot ${st} - 2\\cdot ${p} + ${d}\\cdot(${k} - 1) + ${op} + 1`;
    return {
      value,
      text: `${s.out[0]} = ${plain(text(0))} = ${plain(numbers)} = ${value}`,
      tex: texDerivation(s.out[1], math(text(1)), math(numbers), value),
    };
  }
  const plain = ([n, k, st, p, d]: string[]): string => `⌊(${n} + 2·${p} − ${d}·(${k} − 1) − 1)/${st}⌋ + 1`;
  const math = ([n, k, st, p, d]: string[]): string =>
    `\\left\\lfloor \\frac{${n} + 2\\cdot ${p} - ${d}\\cdot(${k} - 1) - 1}{${st}} \\right\\rfloor + 1`;
  return {
    value,
    text: `${s.out[0]} = ${plain(text(0))} = ${plain(numbers)} = ${value}`,
    tex: texDerivation(s.out[1], math(text(1)), math(numbers), value),
  };
}

/** Pooling in floor mode without padding: windows that would run past the edge are dropped. */
export function poolLength(size: number, window: number, stride: number): number {
  return Math.floor((size - window) / stride) + 1;
}

export function poolLengthWork(size: number, window: number, stride: number, name: AxisName): SizeWork {
  const s = symbols[name];
  const value = poolLength(size, window, stride);
  return {
    value,
    text: `${s.pooled[0]} = ⌊(${s.out[0]} − pool size)/pool stride⌋ + 1 = ⌊(${size} − ${window})/${stride}⌋ + 1 = ${value}`,
    tex: texDerivation(
      s.pooled[1],
      `\\left\\lfloor \\frac{${s.out[1]} - \\text{size}}{\\text{stride}} \\right\\rfloor + 1`,
      `\\left\\lfloor \\frac{${size} - ${window}}{${stride}} \\right\\rfloor + 1`,
      value,
    ),
  };
}
