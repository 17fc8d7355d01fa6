import { formatFactor, formatText } from '../format/number.js';
import { tex, texFactor, texSum } from '../format/tex.js';
import type { Trace } from '../trace.js';
import { computeNorm, normalized, type NormComputation } from './compute.js';
import { boxCells, groupBox, locate, reducedAxes, type AxisRange } from './grouping.js';
import { cellLabel, groupLabel } from './labels.js';
import { affineIndex, type NormType } from './layout.js';
import type { NormProblem } from './problem.js';
import { coordsOf, indexOf } from './tensor.js';
import { textSum } from '../format/text-sum.js';
import { counted } from '../format/count.js';
import { shownTerms } from './terms.js';

/** What every step says about the group it works on: which cells share this mean and variance. */
export interface GroupFacts {
  /** The group's flat index, and its coordinates along the solution's statistics axes. */
  readonly group: number;
  readonly groupCoords: number[];
  /** "example 0, group 1" (zero-based). */
  readonly label: string;
  /** The members as one index range per input axis: every group is a box. */
  readonly members: AxisRange[];
  /** Flat indices of the members in the input's row-major order; `values` and the like follow it. */
  readonly cells: number[];
  readonly count: number;
  readonly sentence: string;
  readonly tex: string;
}

export interface MeanStep extends GroupFacts {
  readonly kind: 'mean';
  readonly values: number[];
  readonly sum: number;
  readonly mean: number;
}

export interface VarianceStep extends GroupFacts {
  readonly kind: 'variance';
  readonly mean: number;
  /** x − μ per member. */
  readonly deviations: number[];
  readonly sumOfSquares: number;
  readonly variance: number;
  /** A zero variance (one value, or all equal): every output of the group is β. */
  readonly degenerate: boolean;
}

/** RMS norm's statistic: no centring, the mean of the squares. */
export interface MeanSquareStep extends GroupFacts {
  readonly kind: 'meanSquare';
  readonly values: number[];
  readonly sumOfSquares: number;
  readonly meanSquare: number;
  readonly degenerate: boolean;
}

export interface NormalizeStep extends GroupFacts {
  readonly kind: 'normalize';
  /** 0 for RMS norm. */
  readonly mean: number;
  /** The variance, or the mean square for RMS norm. */
  readonly spread: number;
  readonly eps: number;
  /** √(spread + eps). */
  readonly std: number;
  readonly normalized: number[];
  readonly outputs: number[];
  /** The first member worked in full. */
  readonly example: NormCell;
}

export type NormStep = MeanStep | VarianceStep | MeanSquareStep | NormalizeStep;

/** One cell's normalization with its numbers: x̂ = (x − μ)/√(σ² + ε), y = γ x̂ + β. */
export interface NormCell {
  readonly kind: 'cell';
  readonly coords: number[];
  readonly index: number;
  readonly group: number;
  readonly groupLabel: string;
  /** Where gamma and beta come from. */
  readonly channel: number;
  readonly x: number;
  readonly mean: number;
  readonly spread: number;
  readonly eps: number;
  readonly std: number;
  readonly normalized: number;
  readonly gamma: number;
  readonly beta: number;
  readonly output: number;
  readonly sentence: string;
  /** x̂ and y with the numbers, as two formulas: one line each in a narrow column, or side by side. */
  readonly texParts: readonly [normalized: string, output: string];
}

function texName(symbol: string, coords: readonly number[]): string {
  return `${symbol}_{${coords.join(',')}}`;
}

/** A sum of terms as text and TeX, long ones abbreviated. */
function written(
  count: number,
  text: (i: number) => string,
  texTerm: (i: number) => string,
): { text: string; tex: string } {
  const shown = shownTerms(count);
  return {
    text: textSum(shown.map((i) => (i === undefined ? '…' : text(i)))),
    tex: texSum(shown.map((i) => (i === undefined ? '\\dots' : texTerm(i)))),
  };
}

/**
 * A statistic as a mean, as text and TeX: the written sum over m, then its total over m, then the
 * value. A single value's total would only restate it, so it goes straight to the value. In TeX a sum
 * of several values is 1/m times it, in square brackets, rather than the numerator of a fraction:
 * there a line can break between its terms (a fraction's numerator cannot, and a group's of m = 8
 * values ran four phone widths wide; see the ui's formula-flow).
 */
function averaged(
  terms: { text: string; tex: string },
  total: number,
  count: number,
  value: number,
): { text: string; tex: string } {
  if (count === 1)
    return {
      text: `${terms.text}/1 = ${formatText(value)}`,
      tex: `\\frac{${terms.tex}}{1} = ${tex(value)}`,
    };
  return {
    text: `(${terms.text})/${count} = ${formatText(total)}/${count} = ${formatText(value)}`,
    tex: `\\frac{1}{${count}}[${terms.tex}] = \\frac{${tex(total)}}{${count}} = ${tex(value)}`,
  };
}

function cellFacts(computed: NormComputation, index: number): NormCell {
  const { problem, grouping: g } = computed;
  const coords = coordsOf(g.shape, index);
  const { group: k, channel: c } = locate(g, index);
  const [x, mean, spread, std] = [
    computed.x[index]!,
    computed.mean[k]!,
    computed.spread[k]!,
    computed.std[k]!,
  ];
  const [xhat, gamma, beta, y] = [
    normalized(x - mean, std),
    problem.gamma[c]!,
    problem.beta[c]!,
    computed.output[index]!,
  ];
  const rms = problem.type === 'rms';
  const statText = rms
    ? `mean square ${formatText(spread)}`
    : `μ = ${formatText(mean)}, σ² = ${formatText(spread)}`;
  const top = rms ? formatText(x) : `(${formatText(x)} − ${formatFactor(mean)})`;
  const texTop = rms ? tex(x) : `${tex(x)} - ${texFactor(mean)}`;
  // With eps = 0 and every deviation 0, √(σ² + ε) is 0 too: x̂ is 0, as for any ε > 0 (see `normalized`).
  const divided = std === 0 ? ` = 0/0, taken as 0 (its value for every ε > 0)` : ` = ${formatText(xhat)}`;
  const texDivided = std === 0 ? ` = \\tfrac{0}{0}\\text{, taken as } 0` : ` = ${tex(xhat)}`;
  const texParts: [string, string] = [
    `\\hat{x} = \\frac{${texTop}}{\\sqrt{${tex(spread)} + ${tex(problem.eps)}}}${texDivided}`,
    `y = ${texFactor(gamma)} \\cdot ${texFactor(xhat)} + ${texFactor(beta)} = ${tex(y)}`,
  ];
  return {
    kind: 'cell',
    coords,
    index,
    group: k,
    groupLabel: groupLabel(g, k),
    channel: c,
    x,
    mean,
    spread,
    eps: problem.eps,
    std,
    normalized: xhat,
    gamma,
    beta,
    output: y,
    sentence:
      `${cellLabel(coords)} = ${formatText(x)} in ${groupLabel(g, k)} (${statText}): ` +
      `x̂ = ${top}/√(${formatText(spread)} + ${formatText(problem.eps)})${divided}; ` +
      `y = ${formatFactor(gamma)}·${formatFactor(xhat)} + ${formatFactor(beta)} = ${formatText(y)}`,
    texParts,
  };
}

/** The explanation of any one cell, by its coordinates in the input's layout (zero-based). */
export function normCell(problem: NormProblem, coords: readonly number[]): NormCell {
  const computed = computeNorm(problem);
  const index = indexOf(computed.grouping.shape, coords);
  if (index === undefined)
    throw new RangeError(
      `normCell: [${coords.join(', ')}] is not a cell of an input shaped [${computed.grouping.shape.join(', ')}]`,
    );
  return cellFacts(computed, index);
}

function degenerateNote(count: number): string {
  return count === 1
    ? ' One value only, so the variance is 0 and every output of the group is β.'
    : ' All values are equal, so the variance is 0 and every output of the group is β.';
}

/** Everything the steps of one group share. */
interface GroupContext {
  readonly computed: NormComputation;
  readonly k: number;
  readonly facts: Omit<GroupFacts, 'sentence' | 'tex'>;
  /** The label capitalized, to open a sentence. */
  readonly name: string;
  /** What the statistic is taken over, for its sentence: "N, H, W reduced, 18 values". */
  readonly where: string;
  readonly values: number[];
}

function groupContext(computed: NormComputation, k: number): GroupContext {
  const g = computed.grouping;
  const members = groupBox(g, k);
  const cells = boxCells(g.shape, members);
  const label = groupLabel(g, k);
  return {
    computed,
    k,
    facts: { group: k, groupCoords: coordsOf(g.groupShape, k), label, members, cells, count: cells.length },
    name: label.charAt(0).toUpperCase() + label.slice(1),
    where: `${reducedAxes(computed.problem.type, computed.problem.layout).reduced.join(', ') || 'no axis'} reduced, ${counted(cells.length, 'value')}`,
    values: cells.map((i) => computed.x[i]!),
  };
}

function meanStep({ computed, k, facts, name, where, values }: GroupContext): MeanStep {
  const [sum, mean, count] = [computed.sum[k]!, computed.mean[k]!, facts.count];
  const terms = written(
    count,
    (i) => formatText(values[i]!),
    (i) => tex(values[i]!),
  );
  const worked = averaged(terms, sum, count, mean);
  return {
    kind: 'mean',
    ...facts,
    values,
    sum,
    mean,
    sentence: `${name} (${where}): mean = ${worked.text}`,
    tex: `${texName('\\mu', facts.groupCoords)} = ${worked.tex}`,
  };
}

function varianceStep({ computed, k, facts, name, values }: GroupContext): VarianceStep {
  const [mean, variance, count] = [computed.mean[k]!, computed.spread[k]!, facts.count];
  const sumOfSquares = variance * count;
  const terms = written(
    count,
    (i) => `(${formatText(values[i]!)} − ${formatFactor(mean)})²`,
    (i) => `(${tex(values[i]!)} - ${texFactor(mean)})^2`,
  );
  const worked = averaged(terms, sumOfSquares, count, variance);
  return {
    kind: 'variance',
    ...facts,
    mean,
    deviations: values.map((v) => v - mean),
    sumOfSquares,
    variance,
    degenerate: variance === 0,
    sentence: `${name}: variance = ${worked.text}.` + (variance === 0 ? degenerateNote(count) : ''),
    tex: `${texName('\\sigma^2', facts.groupCoords)} = ${worked.tex}`,
  };
}

function meanSquareStep({ computed, k, facts, name, where, values }: GroupContext): MeanSquareStep {
  const [meanSquare, count] = [computed.spread[k]!, facts.count];
  const sumOfSquares = meanSquare * count;
  const terms = written(
    count,
    (i) => `${formatFactor(values[i]!)}²`,
    (i) => `${texFactor(values[i]!)}^2`,
  );
  const worked = averaged(terms, sumOfSquares, count, meanSquare);
  return {
    kind: 'meanSquare',
    ...facts,
    values,
    sumOfSquares,
    meanSquare,
    degenerate: meanSquare === 0,
    sentence:
      `${name} (${where}): mean square = ${worked.text}.` +
      (meanSquare === 0 ? ' All values are 0, so every output of the group is β.' : ''),
    tex: `${texName('\\overline{x^2}', facts.groupCoords)} = ${worked.tex}`,
  };
}

function normalizeStep({ computed, k, facts, name }: GroupContext): NormalizeStep {
  const { problem } = computed;
  const [mean, spread, std] = [computed.mean[k]!, computed.spread[k]!, computed.std[k]!];
  const example = cellFacts(computed, facts.cells[0]!);
  const rms = problem.type === 'rms';
  const along = affineIndex(problem.layout);
  const top = rms ? 'x' : `(x − ${formatFactor(mean)})`;
  const texTop = rms ? 'x' : `x - ${texFactor(mean)}`;
  return {
    kind: 'normalize',
    ...facts,
    mean,
    spread,
    eps: problem.eps,
    std,
    normalized: facts.cells.map((i) => normalized(computed.x[i]! - mean, std)),
    outputs: facts.cells.map((i) => computed.output[i]!),
    example,
    sentence:
      `${name}: x̂ = ${top}/√(${formatText(spread)} + ${formatText(problem.eps)}) = ${std === 0 ? `0/0, taken as 0 (its value for every ε > 0)` : `${top}/${formatText(std)}`}, ` +
      `then y = γ·x̂ + β with each ${problem.layout === 'BTD' ? 'feature' : 'channel'}'s γ and β. For example ${example.sentence}`,
    tex: `\\hat{x} = \\frac{${texTop}}{\\sqrt{${tex(spread)} + ${tex(problem.eps)}}} = ${std === 0 ? '\\tfrac{0}{0} := 0' : `\\frac{${texTop}}{${tex(std)}}`},\\quad y = \\gamma_${along} \\hat{x} + \\beta_${along}`,
  };
}

const makersOf: { readonly [K in NormStep['kind']]: (context: GroupContext) => NormStep } = {
  mean: meanStep,
  variance: varianceStep,
  meanSquare: meanSquareStep,
  normalize: normalizeStep,
};

/**
 * The kinds of each group's steps, in the trace's order: the mean, the variance, then the
 * normalization (RMS norm: the mean square, then the normalization).
 */
export function normGroupSteps(type: NormType): readonly NormStep['kind'][] {
  return type === 'rms' ? ['meanSquare', 'normalize'] : ['mean', 'variance', 'normalize'];
}

/** The worked solution, group by group (see `normGroupSteps`). Steps are made on demand. */
export function normTrace(problem: NormProblem): Trace<NormStep> {
  const computed = computeNorm(problem);
  const makers = normGroupSteps(problem.type).map((kind) => makersOf[kind]);
  const length = computed.grouping.groupCount * makers.length;
  return {
    length,
    at(index: number): NormStep {
      if (!Number.isInteger(index) || index < 0 || index >= length)
        throw new RangeError(`normTrace: no step ${index}`);
      return makers[index % makers.length]!(groupContext(computed, Math.floor(index / makers.length)));
    },
  };
}
