import { counted } from '../format/count.js';
import { formatText } from '../format/number.js';

/**
 * The size arithmetic of one spatial axis (rows or columns): the lengths, and the formula written
 * out in plain text with the numbers substituted, as validation messages quote it. The same
 * formulas in LaTeX, for the worked answer, are size-work.ts.
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

export type AxisName = 'rows' | 'columns';

/** A count of rows or columns, singular for exactly one: `1 row`, `3 columns`. */
export const axisCount = (n: number, axis: AxisName): string => counted(n, axis.slice(0, -1), axis);

/** Symbols per axis, plain text and TeX: the names the answer key uses. */
export const axisSymbols = {
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

/** Pooling in floor mode without padding: windows that would run past the edge are dropped. */
export function poolLength(size: number, window: number, stride: number): number {
  return Math.floor((size - window) / stride) + 1;
}

/** The inputs of an axis's size formula in its order, as symbols (plain text or TeX) or numbers. */
export function axisTerms(name: AxisName, form: 0 | 1): string[] {
  const s = axisSymbols[name];
  return [
    s.size[form],
    s.kernel[form],
    s.stride[form],
    s.padding[form],
    s.dilation[form],
    s.outputPadding[form],
  ];
}

export const axisNumbers = (a: Axis): string[] =>
  [a.size, a.kernel, a.stride, a.padding, a.dilation, a.outputPadding].map(String);

/** `Ho = ⌊(H + 2·ph − dh·(kH − 1) − 1)/sh⌋ + 1 = ⌊(4 + 2·1 − 1·(3 − 1) − 1)/1⌋ + 1 = 4`. */
export function axisLengthText(a: Axis, name: AxisName): string {
  const plain = a.transposed
    ? ([n, k, st, p, d, op]: string[]): string => `(${n} − 1)·${st} − 2·${p} + ${d}·(${k} − 1) + ${op} + 1`
    : ([n, k, st, p, d]: string[]): string => `⌊(${n} + 2·${p} − ${d}·(${k} − 1) − 1)/${st}⌋ + 1`;
  return `${axisSymbols[name].out[0]} = ${plain(axisTerms(name, 0))} = ${plain(axisNumbers(a))} = ${formatText(axisLength(a))}`;
}

/** `Hp = ⌊(Ho − pool size)/pool stride⌋ + 1 = ⌊(4 − 2)/2⌋ + 1 = 2`. */
export function poolLengthText(size: number, window: number, stride: number, name: AxisName): string {
  const s = axisSymbols[name];
  return `${s.pooled[0]} = ⌊(${s.out[0]} − pool size)/pool stride⌋ + 1 = ⌊(${size} − ${window})/${stride}⌋ + 1 = ${formatText(poolLength(size, window, stride))}`;
}
