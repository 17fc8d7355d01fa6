import { counted } from '../format/count.js';
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
/** The most rows a table of iterates has; a run that fits is listed whole. */
const TABLE_ROWS = 24;
/** Pairs of consecutive steps a longer run's table samples after steps 0 to UPDATES_IN_FULL. */
const SAMPLED_PAIRS = Math.floor((TABLE_ROWS - UPDATES_IN_FULL - 1) / 2);

function settings(o: Optimizer): string {
  return OPTIMIZERS[o.type].keys
    .map((name) => `$${HYPERPARAMETERS[name].tex} = ${tex((o as unknown as Record<string, number>)[name]!)}$`)
    .join(', ');
}

/**
 * The steps the table lists: all of a short run; of a longer one the first updates, then pairs of
 * consecutive steps (t and t + 1) spread evenly up to the last. A lone step every so often would
 * hide a run that alternates each update (GD on |x|, or on x² with a rate near 1) by always
 * catching the same phase; a pair shows both.
 */
function tableSteps(last: number): number[] {
  if (last + 1 <= TABLE_ROWS) return Array.from({ length: last + 1 }, (_, t) => t);
  const picked = new Set<number>();
  for (let t = 0; t <= UPDATES_IN_FULL; t++) picked.add(t);
  const first = UPDATES_IN_FULL + 1;
  for (let k = 0; k < SAMPLED_PAIRS; k++) {
    const t = first + Math.round((k * (last - 1 - first)) / (SAMPLED_PAIRS - 1));
    picked.add(t).add(t + 1);
  }
  return [...picked].sort((a, b) => a - b);
}

/** The last step a run's table reaches: a diverged run's last finite iterate. */
function lastFinite(run: Run): number {
  return run.diverged ? run.updates - 1 : run.updates;
}

function iterateTable(run: Run, listed: readonly number[], s: Show): string[] {
  const rows = listed.map((t) => {
    const theta = s.tex([run.theta[2 * t]!, run.theta[2 * t + 1]!]);
    return `| ${t} | $${theta}$ | $${tex(run.f[t]!)}$ |`;
  });
  return ['| $t$ | $\\theta_t$ | $f(\\theta_t)$ |', '|---|---|---|', ...rows];
}

/** The sentence before the table: which updates only it shows, and which steps it lists when not all. */
function tableNote(run: Run, listed: readonly number[]): string {
  const last = lastFinite(run);
  const later =
    run.updates === UPDATES_IN_FULL + 1
      ? `Update ${run.updates} follows the same rule`
      : `Updates ${UPDATES_IN_FULL + 1} to ${run.updates} follow the same rule`;
  const which =
    listed.length === last + 1
      ? 'the table lists every step'
      : `the table lists steps 0 to ${UPDATES_IN_FULL}, then pairs of consecutive steps $t$ and $t + 1$ (so a sign flip at every update still shows) spread evenly up to step ${last}`;
  return `${later}; ${which}.`;
}

function outcome(run: Run, s: Show, steps: number): string {
  if (run.diverged) {
    const last = run.updates - 1;
    const at = `$\\theta_{${last}} = ${s.tex([run.theta[2 * last]!, run.theta[2 * last + 1]!])}$`;
    return run.undefinedGradient
      ? `**Stopped** at update ${run.updates}: the gradient at ${at} is undefined, so no step can be taken.`
      : `**Diverged** at update ${run.updates}: it leaves the finite numbers, so the trajectory ends at ${at}.`;
  }
  const end: [number, number] = [run.theta[2 * steps]!, run.theta[2 * steps + 1]!];
  return `**After ${counted(steps, 'update')}:** $\\theta_{${steps}} = ${s.tex(end)}$, $f(\\theta_{${steps}}) = ${tex(run.f[steps]!)}$.`;
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
  const listed = tableSteps(lastFinite(run));
  if (run.updates > shown) lines.push(tableNote(run, listed), '');
  lines.push(...iterateTable(run, listed, s), '', outcome(run, s, steps), '');
  return lines;
}

function summary(trace: OptimizerTrace, s: Show, steps: number): string[] {
  const rows = trace.runs.map((run) => {
    const last = run.diverged ? run.updates - 1 : steps;
    const theta = s.tex([run.theta[2 * last]!, run.theta[2 * last + 1]!]);
    const result = !run.diverged
      ? `$f = ${tex(run.f[steps]!)}$`
      : `${run.undefinedGradient ? 'stopped (gradient undefined)' : 'diverged'} at update ${run.updates}`;
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
    ? `Every gradient component gets Gaussian noise $n \\sim \\mathcal{N}(0, \\sigma^2)$ with $\\sigma = ${tex(problem.noise.sigma)}$, from seed ${problem.noise.seed}, one stream per optimizer, so $g_t = \\nabla f + n_t$.`
    : 'Gradients are exact: $g_t = \\nabla f(\\theta_{t-1})$ (Nesterov takes it at the look-ahead point).';
  return [
    `# Optimizers on $f(${variable}) = ${expressionTex(problem.surface.ast)}$`,
    '',
    `Every optimizer starts at $\\theta_0 = ${s.tex(problem.start)}$ with $f(\\theta_0) = ${tex(f0)}$ and makes ${counted(problem.steps, 'update')}; $v$ and $a$ start at 0. ` +
      "Notation: $\\varepsilon$ learning rate, $\\alpha$ momentum, $\\beta$ decay, $\\beta_1, \\beta_2$ Adam's decays, $\\nu$ the small constant; " +
      '$\\odot$, squares and square roots act coordinate by coordinate.',
    '',
    noise,
    '',
    ...problem.optimizers.flatMap((_, k) => optimizerSection(trace, k, s, problem.steps)),
    ...summary(trace, s, problem.steps),
  ].join('\n');
}
