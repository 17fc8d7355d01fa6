import { formatNumber } from '../format/number.js';
import { tex } from '../format/tex.js';
import { HYPERPARAMETERS, OPTIMIZERS } from './catalog.js';
import { expressionTex } from './expression/tex.js';
import type { Optimizer, OptimizerProblem } from './problem.js';
import { RULE_TEX } from './rules.js';
import type { Run } from './run.js';
import { show, type Show } from './show.js';
import { optimizerTrace, type OptimizerTrace } from './trace.js';
import { updateTex } from './update-tex.js';

/** Updates written out in full per optimizer; later ones appear in the table only. */
const UPDATES_IN_FULL = 3;
/** Rows of each optimizer's table of iterates. */
const TABLE_ROWS = 12;

function settings(o: Optimizer): string {
  return OPTIMIZERS[o.type].keys
    .map((name) => `$${HYPERPARAMETERS[name].tex} = ${tex((o as unknown as Record<string, number>)[name]!)}$`)
    .join(', ');
}

/** The steps the table lists: the first few, evenly spaced ones, and the last. */
function tableSteps(updates: number): number[] {
  const every = Math.max(1, Math.ceil(updates / TABLE_ROWS));
  const picked = new Set<number>();
  for (let t = 0; t <= Math.min(updates, UPDATES_IN_FULL); t++) picked.add(t);
  for (let t = 0; t <= updates; t += every) picked.add(t);
  picked.add(updates);
  return [...picked].sort((a, b) => a - b);
}

function iterateTable(run: Run, s: Show): string[] {
  const last = run.diverged ? run.updates - 1 : run.updates;
  const rows = tableSteps(last).map((t) => {
    const theta = s.tex([run.theta[2 * t]!, run.theta[2 * t + 1]!]);
    return `| ${t} | $${theta}$ | $${formatNumber(run.f[t]!)}$ |`;
  });
  return ['| $t$ | $\\theta_t$ | $f(\\theta_t)$ |', '|---|---|---|', ...rows];
}

function outcome(run: Run, s: Show, steps: number): string {
  if (run.diverged) {
    const last = run.updates - 1;
    return `**Diverged** at update ${run.updates}: it leaves the finite numbers, so the trajectory ends at $\\theta_{${last}} = ${s.tex([run.theta[2 * last]!, run.theta[2 * last + 1]!])}$.`;
  }
  const end: [number, number] = [run.theta[2 * steps]!, run.theta[2 * steps + 1]!];
  return `**After ${steps} updates:** $\\theta_{${steps}} = ${s.tex(end)}$, $f(\\theta_{${steps}}) = ${formatNumber(run.f[steps]!)}$.`;
}

function optimizerSection(trace: OptimizerTrace, k: number, s: Show, steps: number): string[] {
  const run = trace.runs[k]!;
  const o = run.optimizer;
  const lines = [
    `## ${k + 1}. ${OPTIMIZERS[o.type].label} (${settings(o)})`,
    '',
    `$$${RULE_TEX[o.type]}$$`,
    '',
  ];
  const shown = Math.min(run.updates, UPDATES_IN_FULL);
  for (let t = 1; t <= shown; t++)
    lines.push(`**Update ${t}.**`, '', `$$${updateTex(trace.update(k, t)!, o, s)}$$`, '');
  if (run.updates > shown)
    lines.push(
      `Updates ${shown + 1} to ${run.updates} follow the same rule; the table lists some of them.`,
      '',
    );
  lines.push(...iterateTable(run, s), '', outcome(run, s, steps), '');
  return lines;
}

function summary(trace: OptimizerTrace, s: Show, steps: number): string[] {
  const rows = trace.runs.map((run) => {
    const last = run.diverged ? run.updates - 1 : steps;
    const theta = s.tex([run.theta[2 * last]!, run.theta[2 * last + 1]!]);
    const result = run.diverged
      ? `diverged at update ${run.updates}`
      : `$f = ${formatNumber(run.f[steps]!)}$`;
    return `| ${run.index + 1}. ${OPTIMIZERS[run.optimizer.type].label} | $${theta}$ | ${result} |`;
  });
  return ['## Summary', '', '| optimizer | last $\\theta$ | result |', '|---|---|---|', ...rows, ''];
}

/** The worked answer: the surface, each optimizer's first updates in full, its iterates and its result. */
export function optimizerMarkdown(problem: OptimizerProblem): string {
  const trace = optimizerTrace(problem);
  const s = show(problem.surface.oneDimensional);
  const f0 = trace.runs[0]!.f[0]!;
  const variable = s.oneDimensional ? 'x' : 'x, y';
  const noise = problem.noise
    ? `Every gradient component gets Gaussian noise $n \\sim \\mathcal{N}(0, ${formatNumber(problem.noise.sigma)}^2)$ from seed ${problem.noise.seed}, one stream per optimizer, so $g_t = \\nabla f + n_t$.`
    : 'Gradients are exact: $g_t = \\nabla f(\\theta_{t-1})$ (Nesterov takes it at the look-ahead point).';
  return [
    `# Optimizers on $f(${variable}) = ${expressionTex(problem.surface.ast)}$`,
    '',
    `Every optimizer starts at $\\theta_0 = ${s.tex(problem.start)}$ with $f(\\theta_0) = ${formatNumber(f0)}$ and makes ${problem.steps} updates; $v$ and $a$ start at 0. ` +
      "Notation: $\\varepsilon$ learning rate, $\\alpha$ momentum, $\\beta$ decay, $\\beta_1, \\beta_2$ Adam's decays, $\\nu$ the small constant; " +
      '$\\odot$, squares and square roots act coordinate by coordinate.',
    '',
    noise,
    '',
    ...problem.optimizers.flatMap((_, k) => optimizerSection(trace, k, s, problem.steps)),
    ...summary(trace, s, problem.steps),
  ].join('\n');
}
