import type { FunctionName } from './ast.js';

export interface FunctionRule {
  readonly value: (u: number) => number;
  /** d value / du, given u and the value already computed (tanh, exp and sigmoid reuse it). */
  readonly derivative: (u: number, value: number) => number;
  /** LaTeX of the function applied to an argument already in LaTeX. */
  readonly tex: (argument: string) => string;
}

export const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));

/** The functions of the expression language, their derivatives (|u|' = sign(u), sign(0) = 0) and LaTeX. */
export const FUNCTIONS: Readonly<Record<FunctionName, FunctionRule>> = {
  abs: { value: Math.abs, derivative: (u) => Math.sign(u), tex: (a) => `\\left|${a}\\right|` },
  sqrt: { value: Math.sqrt, derivative: (_u, v) => 0.5 / v, tex: (a) => `\\sqrt{${a}}` },
  exp: { value: Math.exp, derivative: (_u, v) => v, tex: (a) => `e^{${a}}` },
  log: { value: Math.log, derivative: (u) => 1 / u, tex: (a) => `\\log\\left(${a}\\right)` },
  sin: { value: Math.sin, derivative: Math.cos, tex: (a) => `\\sin\\left(${a}\\right)` },
  cos: { value: Math.cos, derivative: (u) => -Math.sin(u), tex: (a) => `\\cos\\left(${a}\\right)` },
  tanh: { value: Math.tanh, derivative: (_u, v) => 1 - v * v, tex: (a) => `\\tanh\\left(${a}\\right)` },
  sigmoid: { value: sigmoid, derivative: (_u, v) => v * (1 - v), tex: (a) => `\\sigma\\left(${a}\\right)` },
};
