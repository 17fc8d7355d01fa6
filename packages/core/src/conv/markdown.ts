import { activationName } from '../activation.js';
import { activationTex } from '../activation-tex.js';
import { tex, texMatrix } from '../format/tex.js';
import { channelFilters, filterChannels } from './connectivity.js';
import { parameterWork, shapeWork } from './size-work.js';
import type { ConvProblem, Maps } from './problem.js';
import type { ConvStepKind } from './steps.js';
import { convStepTex } from './step-tex.js';
import { tilingWarnings } from './tiling.js';
import { convTrace, type ConvTrace } from './trace.js';

/** Steps of each kind written out in full; the rest are summarized, keeping big answers readable. */
export const WORKED_STEPS = 32;
/** Maps with more cells than this are not printed as matrices. */
const PRINTED_CELLS = 256;
/** At most this many filters' maps are printed. */
const PRINTED_FILTERS = 8;

/**
 * One output cell of a (not transposed) convolution, in LaTeX: the answer's letters, which the
 * docs' explanation shows too. `c` is always the input channel (as in each step's per-channel
 * braces), so the column is `j`; `K` is the kernel, so `W` can stay the width.
 */
export const convCellTex =
  'Z_f(i,j) = \\sum_{c} \\sum_{u,v} X_{c}\\left(i s_h - p_h + u d_h,\\ j s_w - p_w + v d_w\\right)\\, K_{f,c}(u,v) + b_f';

const pair = (p: readonly [number, number]): string => `(${p[0]}, ${p[1]})`;

/** The first WORKED_STEPS steps of one kind, as display math, then how many were left out. */
function worked(trace: ConvTrace, kind: ConvStepKind, noun: string): string[] {
  const sections = trace.sections.filter((s) => s.kind === kind);
  const total = sections.reduce((n, s) => n + s.length, 0);
  const lines: string[] = [];
  for (const section of sections) {
    for (let i = section.start; i < section.start + section.length && lines.length < WORKED_STEPS; i++) {
      lines.push(`$$${convStepTex(trace.at(i))}$$`);
    }
  }
  if (total > lines.length) {
    lines.push(
      `The other ${total - lines.length} ${noun} are computed the same way (only the first ${lines.length} are written out here).`,
    );
  }
  return lines;
}

/** Each filter's map as a matrix, or a note when they are too big to print. */
function matrices(name: string, maps: Maps): string[] {
  const [rows, columns] = [maps[0]!.length, maps[0]![0]!.length];
  if (rows * columns > PRINTED_CELLS) {
    return [
      `${name} has ${maps.length} ${maps.length === 1 ? 'map' : 'maps'} of ${rows} × ${columns}: too large to print here; \`dlviz solve\` gives every number as JSON.`,
    ];
  }
  const shown = maps.slice(0, PRINTED_FILTERS).map((m, f) => `$$${name}_{${f}} = ${texMatrix(m)}$$`);
  if (maps.length > shown.length)
    shown.push(`(The other ${maps.length - shown.length} maps of ${name} are left out.)`);
  return shown;
}

/** Which channels the filters see: `filters 0–1 see channels 0–1; filters 2–3 see channels 2–3`. */
function groupText(problem: ConvProblem): string {
  const span = (a: readonly number[]): string => (a.length === 1 ? `${a[0]}` : `${a[0]}–${a[a.length - 1]}`);
  const groups = Array.from({ length: problem.groups }, (_, group) => {
    const { channels } = filterChannels(problem, group * (problem.kernels.length / problem.groups));
    const filters = channelFilters(problem, channels[0]!);
    return `${filters.length === 1 ? 'filter' : 'filters'} ${span(filters)} ${filters.length === 1 ? 'sees' : 'see'} ${channels.length === 1 ? 'channel' : 'channels'} ${span(channels)}`;
  });
  return groups.length > 4
    ? `${groups.slice(0, 3).join('; ')}; … ; ${groups[groups.length - 1]}`
    : groups.join('; ');
}

function setup(problem: ConvProblem, trace: ConvTrace): string[] {
  const g = trace.geometry;
  const pool = problem.pool;
  const lines = [
    `- Input $X$: $C \\times H \\times W = ${g.channels} \\times ${g.height} \\times ${g.width}$.`,
    `- Kernels $K$: $F = ${g.filters}$ ${g.filters === 1 ? 'filter' : 'filters'} of $C/g \\times k_H \\times k_W = ${g.channelsPerGroup} \\times ${g.kernelHeight} \\times ${g.kernelWidth}$` +
      (g.groups > 1 ? ` (groups $g = ${g.groups}$: ${groupText(problem)}).` : '.'),
    `- Bias $b = (${problem.bias.map((b) => tex(b)).join(', ')})$.`,
    `- Stride $(s_h, s_w) = ${pair(problem.stride)}$, padding $(p_h, p_w) = ${pair(problem.padding)}$, dilation $(d_h, d_w) = ${pair(problem.dilation)}$` +
      (problem.transposed ? `, output padding $(op_h, op_w) = ${pair(problem.outputPadding)}$.` : '.'),
    `- Activation: ${activationName(problem.activation)}, $a(z) = ${activationTex(problem.activation)}$.`,
  ];
  if (pool)
    lines.push(
      `- Pooling: ${pool.type === 'max' ? 'max' : 'average'}, size ${pool.size.join(' × ')}, stride ${pool.stride.join(' × ')}.`,
    );
  return lines;
}

/** The worked answer: setup, sizes, parameters, the steps of the trace, and the resulting maps. */
export function convMarkdown(problem: ConvProblem): string {
  const trace = convTrace(problem);
  const shape = shapeWork(problem);
  const parameters = parameterWork(problem);
  const solution = trace.solution;
  const [F, Ho, Wo] = shape.outputShape;
  const out: string[] = [
    `# ${problem.transposed ? 'Transposed convolution' : 'Convolution'}`,
    'Indices are zero-based, as in PyTorch: channel (filter) first, then row, then column. ' +
      "$Z_f(i,j)$ is filter $f$'s output at row $i$, column $j$ before the activation, $Y_f(i,j)$ after it" +
      (problem.pool ? ', $P_f(i,j)$ after pooling' : '') +
      '; $c$ indexes the input channels and $(u,v)$ the kernel taps.',
    '## Setup',
    setup(problem, trace).join('\n'),
    '## Output size',
    `$$${shape.rows.tex}$$`,
    `$$${shape.columns.tex}$$`,
    `The output is $F \\times H_o \\times W_o = ${F} \\times ${Ho} \\times ${Wo}$.`,
  ];
  const warnings = tilingWarnings(problem);
  if (warnings.length > 0) out.push(warnings.map((w) => `- Note (${w.stage}): ${w.message}.`).join('\n'));
  out.push('## Parameters', `$$${parameters.tex}$$`);
  if (problem.transposed) {
    out.push(
      '## Scatter',
      'Each input cell $x_c(i,j)$ (channel $c$ of $X$) multiplies the kernel $K_{f,c}$ and adds the products into $Z_f$ at ' +
        '$(i s_h - p_h + u d_h,\\ j s_w - p_w + v d_w)$; products landing outside the output are cropped. ' +
        'Overlapping products add up (each line shows the running sum).',
      ...worked(trace, 'scatter', 'input cells'),
      '## Each output cell',
      'Each output cell is the sum of the products scattered into it, plus the bias, then the activation.',
      ...worked(trace, 'collect', 'output cells'),
    );
  } else {
    out.push(
      '## Each output cell',
      'Cross-correlation (no kernel flip), taps reaching into the padding read 0:',
      `$$${convCellTex}$$`,
      ...(problem.groups > 1 ? ['Here $c$ runs over the input channels of filter $f$’s group only.'] : []),
      ...worked(trace, 'window', 'output cells'),
    );
  }
  out.push('## Output maps', ...matrices('Z', solution.preActivation));
  if (problem.activation.type !== 'identity') out.push(...matrices('Y', solution.output));
  if (problem.pool && solution.pooled) {
    out.push(
      '## Pooling',
      `$$${shape.pooledRows!.tex}$$`,
      `$$${shape.pooledColumns!.tex}$$`,
      problem.pool.type === 'max'
        ? 'Each window keeps its largest value.'
        : 'Each window is replaced by its mean.',
      ...worked(trace, 'pool', 'pooled cells'),
      ...matrices('P', solution.pooled),
    );
  }
  return `${out.join('\n\n')}\n`;
}
