import { tex, texFactor, texRows } from '../format/tex.js';
import type { Optimizer, Vec2 } from './problem.js';
import { show, type Show } from './show.js';
import type { OptimizerUpdate } from './update-of.js';

const squared = (v: Vec2): Vec2 => [v[0] * v[0], v[1] * v[1]];

/**
 * A line's result, on a row of its own under the line's first "=": after a long substitution
 * (Adam's, a noisy gradient's, any pair of small numbers in scientific notation) it would otherwise
 * be pushed past the edge of the page.
 */
const result = (value: string): string => ` \\\\ &= ${value}`;

/** The gradient line: where it is taken and, with noise, what was added. */
function gradientLine(u: OptimizerUpdate, o: Optimizer, s: Show): string {
  const t = u.t;
  const n = u.noise ? ` + n_{${t}}` : '';
  const lookAhead = o.type === 'nesterov';
  const formula = `g_{${t}} &= \\nabla f(\\theta_{${t - 1}}${lookAhead ? ` + \\alpha v_{${t - 1}}` : ''})${n}`;
  // Nesterov's look-ahead point, written out: where the gradient is taken.
  const at = lookAhead ? ` = \\nabla f${s.texArgument(u.at)}${n}` : '';
  if (u.noise)
    return `${formula}${at}${result(`${s.tex(u.exact)} ${s.texAdded(u.noise)}`)}${result(s.tex(u.g))}`;
  // Without noise or a look-ahead, the gradient is its own substitution: one row.
  return lookAhead ? `${formula}${at}${result(s.tex(u.g))}` : `${formula} = ${s.tex(u.g)}`;
}

/** The lines of the rule itself, with the numbers substituted. */
function ruleLines(u: OptimizerUpdate, o: Optimizer, s: Show): string[] {
  const t = u.t;
  const p = `\\theta_{${t}}`;
  const q = `\\theta_{${t - 1}}`;
  /** θ ← θ − lr/(√a + ν) ⊙ (g, or Adam's v̂). */
  const adaptive = (eps: number, a: string, aValue: Vec2, moment: string, momentValue: Vec2): string =>
    `${p} &= ${q} - \\frac{\\varepsilon}{\\sqrt{${a}} + \\nu} \\odot ${moment} = ${s.tex(u.from)} - \\frac{${tex(o.lr)}}{\\sqrt{${s.tex(aValue)}} + ${tex(eps)}} \\odot ${s.texFactor(momentValue)}${result(s.tex(u.to))}`;
  switch (o.type) {
    case 'sgd':
      return [
        `${p} &= ${q} - \\varepsilon g_{${t}} = ${s.tex(u.from)} - ${texFactor(o.lr)} \\cdot ${s.texFactor(u.g)}${result(s.tex(u.to))}`,
      ];
    case 'momentum':
    case 'nesterov':
      return [
        `v_{${t}} &= \\alpha v_{${t - 1}} - \\varepsilon g_{${t}} = ${texFactor(o.momentum)} \\cdot ${s.texFactor(u.vBefore!)} - ${texFactor(o.lr)} \\cdot ${s.texFactor(u.g)}${result(s.tex(u.v!))}`,
        `${p} &= ${q} + v_{${t}} = ${s.tex(u.from)} ${s.texAdded(u.v!)}${result(s.tex(u.to))}`,
      ];
    case 'adagrad':
      return [
        `a_{${t}} &= a_{${t - 1}} + g_{${t}} \\odot g_{${t}} = ${s.tex(u.aBefore!)} + ${s.tex(squared(u.g))}${result(s.tex(u.a!))}`,
        adaptive(o.eps, `a_{${t}}`, u.a!, `g_{${t}}`, u.g),
      ];
    case 'rmsprop':
      return [
        `a_{${t}} &= \\beta a_{${t - 1}} + (1 - \\beta)\\, g_{${t}} \\odot g_{${t}} = ${texFactor(o.decay)} \\cdot ${s.tex(u.aBefore!)} + ${texFactor(1 - o.decay)} \\cdot ${s.tex(squared(u.g))}${result(s.tex(u.a!))}`,
        adaptive(o.eps, `a_{${t}}`, u.a!, `g_{${t}}`, u.g),
      ];
    case 'adam':
      return [
        `v_{${t}} &= \\beta_1 v_{${t - 1}} + (1 - \\beta_1)\\, g_{${t}} = ${texFactor(o.beta1)} \\cdot ${s.texFactor(u.vBefore!)} + ${texFactor(1 - o.beta1)} \\cdot ${s.texFactor(u.g)}${result(s.tex(u.v!))}`,
        `a_{${t}} &= \\beta_2 a_{${t - 1}} + (1 - \\beta_2)\\, g_{${t}} \\odot g_{${t}} = ${texFactor(o.beta2)} \\cdot ${s.tex(u.aBefore!)} + ${texFactor(1 - o.beta2)} \\cdot ${s.tex(squared(u.g))}${result(s.tex(u.a!))}`,
        `\\hat{v}_{${t}} &= \\frac{v_{${t}}}{1 - \\beta_1^{${t}}} = \\frac{${s.tex(u.v!)}}{1 - ${texFactor(o.beta1)}^{${t}}}${result(s.tex(u.vHat!))}`,
        `\\hat{a}_{${t}} &= \\frac{a_{${t}}}{1 - \\beta_2^{${t}}} = \\frac{${s.tex(u.a!)}}{1 - ${texFactor(o.beta2)}^{${t}}}${result(s.tex(u.aHat!))}`,
        adaptive(o.eps, `\\hat{a}_{${t}}`, u.aHat!, `\\hat{v}_{${t}}`, u.vHat!),
      ];
  }
}

/** One update in LaTeX (an aligned block): the gradient, the state, the new θ, with the numbers. */
export function updateTex(u: OptimizerUpdate, o: Optimizer, s: Show): string {
  const lines = [gradientLine(u, o, s), ...ruleLines(u, o, s)];
  if (!u.diverged) lines.push(`f(\\theta_{${u.t}}) &= ${tex(u.loss)}`);
  return texRows(lines);
}

/** An update of a run in LaTeX, coordinates written as the surface has them (a scalar on a 1-D curve). */
export function optimizerUpdateTex(u: OptimizerUpdate, o: Optimizer, oneDimensional: boolean): string {
  return updateTex(u, o, show(oneDimensional));
}
