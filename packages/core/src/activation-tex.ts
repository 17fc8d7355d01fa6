import type { Activation } from './activation.js';
import { tex } from './format/tex.js';

/*
 * The activations in LaTeX, for worked answers: apart from activation.ts, which the first view
 * needs, so that the formula writer loads with the formulas.
 */

/** The activation as a LaTeX formula of `z`. */
export function activationTex(activation: Activation): string {
  switch (activation.type) {
    case 'identity':
      return 'z';
    case 'relu':
      return '\\max(0, z)';
    case 'leakyRelu':
      return `\\begin{cases} z & z > 0 \\\\ ${activation.alpha} z & z \\le 0 \\end{cases}`;
    case 'sigmoid':
      return '\\frac{1}{1 + e^{-z}}';
    case 'tanh':
      return '\\tanh z';
    case 'softplus':
      return activation.beta === 1
        ? '\\log(1 + e^{z})'
        : `\\tfrac{1}{${activation.beta}}\\log(1 + e^{${activation.beta} z})`;
    case 'step':
      return '\\begin{cases} 1 & z \\ge 0 \\\\ 0 & z < 0 \\end{cases}';
  }
}

/**
 * The activation as a LaTeX operator, its parameter as a subscript: `\operatorname{LeakyReLU}_{0.5}`,
 * `\sigma`, `\operatorname{softplus}_{\beta=2}`; what a step's arithmetic applies to a number.
 */
export function activationOperatorTex(activation: Activation): string {
  switch (activation.type) {
    case 'identity':
      return '\\operatorname{id}';
    case 'relu':
      return '\\operatorname{ReLU}';
    case 'leakyRelu':
      return `\\operatorname{LeakyReLU}_{${tex(activation.alpha)}}`;
    case 'sigmoid':
      return '\\sigma';
    case 'tanh':
      return '\\tanh';
    case 'softplus':
      return `\\operatorname{softplus}${activation.beta === 1 ? '' : `_{\\beta=${tex(activation.beta)}}`}`;
    case 'step':
      return '\\operatorname{step}';
  }
}
