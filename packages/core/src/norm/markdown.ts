import { counted } from '../format/count.js';
import { texMatrix, texVector, tex } from '../format/tex.js';
import { steps } from '../trace.js';
import { computeNorm } from './compute.js';
import { reducedAxes } from './grouping.js';
import { affineIndex, layoutAxes, type NormType } from './layout.js';
import type { NormProblem } from './problem.js';
import { coordsOf } from './tensor.js';
import { normCell, normTrace, type NormStep } from './trace.js';

/** Groups worked in full; the rest appear in the statistics table only. */
const GROUPS_IN_FULL = 4;
/** Rows of the statistics table. */
const TABLE_ROWS = 64;
/** Cells whose normalization is written out one by one. */
const CELLS_IN_FULL = 8;
/** Results small enough to print as a matrix. */
const PRINTED_VALUES = 64;

const titles: Record<NormType, string> = {
  batch: 'Batch normalization',
  layer: 'Layer normalization',
  instance: 'Instance normalization',
  group: 'Group normalization',
  rms: 'RMS normalization',
};

function formulas(problem: NormProblem): string {
  const along = affineIndex(problem.layout);
  const affine = `y = \\gamma_${along} \\hat{x} + \\beta_${along}`;
  if (problem.type === 'rms') {
    return `$$\\overline{x^2} = \\frac{1}{m}\\sum_{i=1}^{m} x_i^2,\\qquad \\hat{x} = \\frac{x}{\\sqrt{\\overline{x^2} + \\epsilon}},\\qquad ${affine}$$`;
  }
  return (
    '$$\\mu = \\frac{1}{m}\\sum_{i=1}^{m} x_i,\\qquad \\sigma^2 = \\frac{1}{m}\\sum_{i=1}^{m} (x_i - \\mu)^2,\\qquad ' +
    `\\hat{x} = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}},\\qquad ${affine}$$`
  );
}

function membersText(step: NormStep): string {
  return step.members
    .map((r) => (r.to - r.from === 1 ? `${r.axis} = ${r.from}` : `${r.axis} = ${r.from}…${r.to - 1}`))
    .join(', ');
}

/** A statistics tensor or an output as LaTeX when small enough, by rows of its last axis. */
function texResult(values: ArrayLike<number>, shape: readonly number[]): string | undefined {
  if (values.length > PRINTED_VALUES) return undefined;
  const list = Array.from(values);
  if (shape.length === 1) return texVector(list);
  const width = shape[shape.length - 1]!;
  const rows = Array.from({ length: list.length / width }, (_, r) => list.slice(r * width, (r + 1) * width));
  return texMatrix(rows);
}

function describeProblem(problem: NormProblem): string[] {
  const computed = computeNorm(problem);
  const g = computed.grouping;
  const { reduced, kept } = reducedAxes(problem.type, problem.layout);
  const shape = layoutAxes(problem.layout)
    .map((a, i) => `${a.name} = ${g.shape[i]}`)
    .join(', ');
  return [
    `# ${titles[problem.type]}, ${problem.layout} layout (${shape})`,
    '',
    `Indices are zero-based, as in PyTorch.${problem.type === 'rms' ? '' : ' The variance is biased (divided by the count m), as PyTorch uses when normalizing.'}`,
    '',
    `Each group shares one ${problem.type === 'rms' ? 'mean square' : 'mean and variance'}: ` +
      `the reduced axes are ${reduced.length ? reduced.join(', ') : 'none (every group is a single value)'}` +
      `${problem.type === 'group' ? ` (C only within each block of ${counted(g.block, 'channel')})` : ''}, ` +
      `one group per ${kept.join(', ')}: ${counted(g.groupCount, 'group')} of m = ${counted(g.members, 'value')}. ` +
      `$\\epsilon = ${tex(problem.eps)}$; γ and β are per ${problem.layout === 'BTD' ? 'feature' : 'channel'}.`,
    '',
    formulas(problem),
    '',
  ];
}

function groupSections(problem: NormProblem): string[] {
  const trace = normTrace(problem);
  const g = computeNorm(problem).grouping;
  const perGroup = trace.length / g.groupCount;
  const lines = ['## Statistics per group', ''];
  const shown = Math.min(g.groupCount, GROUPS_IN_FULL);
  for (const step of steps({ length: shown * perGroup, at: (i) => trace.at(i) })) {
    if (step.kind === 'mean' || step.kind === 'meanSquare') {
      lines.push(
        `### ${step.label.charAt(0).toUpperCase() + step.label.slice(1)}`,
        '',
        `Members: ${membersText(step)} (m = ${step.count}).`,
        '',
      );
    }
    lines.push(`$$${step.tex}$$`, '');
    if ((step.kind === 'variance' || step.kind === 'meanSquare') && step.degenerate) {
      lines.push(
        `The ${step.kind === 'variance' ? 'variance' : 'mean square'} is 0, so $\\hat{x} = 0$ and every output of this group is its channel's β.`,
        '',
      );
    }
  }
  const rest = g.groupCount - shown;
  if (rest > 0)
    lines.push(
      rest === 1
        ? 'The other group follows the same arithmetic; its statistics are in the table.'
        : `The other ${rest} groups follow the same arithmetic; their statistics are in the table.`,
      '',
    );
  return lines;
}

function statisticsTable(problem: NormProblem): string[] {
  const computed = computeNorm(problem);
  const g = computed.grouping;
  const rms = problem.type === 'rms';
  const rows = Math.min(g.groupCount, TABLE_ROWS);
  const columns = rms ? ['mean square', '√(mean square + ε)'] : ['mean μ', 'variance σ²', '√(σ² + ε)'];
  const lines = [
    '## All groups',
    '',
    `| ${g.groupAxes.join(', ')} | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---|').join('')}`,
  ];
  for (let k = 0; k < rows; k++) {
    const name = `(${coordsOf(g.groupShape, k).join(', ')})`;
    const stats = rms
      ? [computed.spread[k]!, computed.std[k]!]
      : [computed.mean[k]!, computed.spread[k]!, computed.std[k]!];
    lines.push(`| ${name} | ${stats.map((v) => `$${tex(v)}$`).join(' | ')} |`);
  }
  if (g.groupCount > rows)
    lines.push('', `(first ${rows} of ${g.groupCount} groups; the JSON solution holds them all)`);
  lines.push('');
  return lines;
}

function cellSection(problem: NormProblem): string[] {
  const g = computeNorm(problem).grouping;
  const shown = Math.min(g.cells, CELLS_IN_FULL);
  const lines = ['## Normalized outputs', ''];
  for (let i = 0; i < shown; i++) {
    const cell = normCell(problem, coordsOf(g.shape, i));
    lines.push(
      `- $x[${cell.coords.join(', ')}] = ${tex(cell.x)}$ (${cell.groupLabel}): $${cell.texParts.join(',\\quad ')}$`,
    );
  }
  if (g.cells > shown)
    lines.push(
      '',
      `The first ${shown} of ${g.cells} cells are written out; every other cell follows the same two lines with its own group's statistics and its own channel's γ and β.`,
    );
  lines.push('');
  return lines;
}

function results(problem: NormProblem): string[] {
  const computed = computeNorm(problem);
  const g = computed.grouping;
  const lines = ['## Results', ''];
  const named: [string, Float64Array, readonly number[]][] =
    problem.type === 'rms'
      ? [['\\overline{x^2}', computed.spread, g.groupShape]]
      : [
          ['\\mu', computed.mean, g.groupShape],
          ['\\sigma^2', computed.spread, g.groupShape],
        ];
  named.push(['y', computed.output, g.shape]);
  for (const [symbol, values, shape] of named) {
    const printed = texResult(values, shape);
    lines.push(
      printed && shape.length <= 2
        ? `$$${symbol} = ${printed}$$`
        : `$${symbol}$ has shape [${shape.join(', ')}]; ${printed ? `by rows of its last axis: $$${printed}$$` : 'see the JSON solution for every value.'}`,
      '',
    );
  }
  return lines;
}

/** The worked, exam-style answer, written from the trace and the per-cell explanations. */
export function normMarkdown(problem: NormProblem): string {
  return [
    ...describeProblem(problem),
    ...groupSections(problem),
    ...statisticsTable(problem),
    ...cellSection(problem),
    ...results(problem),
  ].join('\n');
}
