// Widget benchmarks (issues 3–6): each widget package's `bench` script measures its issue's figures
// in Chromium and prints them as `BENCH {json}` lines, collected here. The scripts set
// NODE_ENV=production, so Svelte runs as users get it: its development build's checks (ownership,
// a stack trace recorded on repeated writes) would be measured otherwise.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { figure, median } from './measure.mjs';

const widgets = ['conv-stepper', 'backprop-graph', 'optimizer-race', 'norm-axes'];

// Each script already reports a median of several changes; a burst of load from elsewhere on a
// shared machine can still skew one whole run, so each figure is the median of three runs.
const RUNS = 3;

/** One run of a widget's bench script: its BENCH lines. */
function benchRun(widget) {
  const cwd = fileURLToPath(new URL(`../../packages/${widget}/`, import.meta.url));
  const result = spawnSync('npm', ['run', '--silent', 'bench'], { cwd, encoding: 'utf8', env: process.env });
  const lines = [...`${result.stdout}\n${result.stderr}`.matchAll(/BENCH (\{.*\})/g)].map((m) =>
    JSON.parse(m[1]),
  );
  if (result.status !== 0 || lines.length === 0)
    throw new Error(`${widget} bench failed:\n${result.stdout}\n${result.stderr}`);
  return lines;
}

export async function run() {
  const figures = [];
  for (const widget of widgets) {
    const runs = Array.from({ length: RUNS }, () => benchRun(widget));
    for (const { name, unit, target } of runs[0]) {
      const values = runs.map((lines) => lines.find((line) => line.name === name).value);
      const better = unit === 'fps' ? 'higher' : 'lower';
      figures.push(
        figure(`${widget}: ${name} (median of ${RUNS} runs)`, median(values), unit, target, better),
      );
    }
  }
  return figures;
}
