// Widget benchmarks (issues 3–6): each widget package's `bench` script measures its issue's figures
// in Chromium and prints them as `BENCH {json}` lines, collected here. The scripts set
// NODE_ENV=production, so Svelte runs as users get it: its development build's checks (ownership,
// a stack trace recorded on repeated writes) would be measured otherwise.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { figure } from './measure.mjs';

const widgets = ['conv-stepper', 'backprop-graph', 'optimizer-race', 'norm-axes'];

export async function run() {
  const figures = [];
  for (const widget of widgets) {
    const cwd = fileURLToPath(new URL(`../../packages/${widget}/`, import.meta.url));
    const result = spawnSync('npm', ['run', '--silent', 'bench'], {
      cwd,
      encoding: 'utf8',
      env: process.env,
    });
    const lines = [...`${result.stdout}\n${result.stderr}`.matchAll(/BENCH (\{.*\})/g)].map((m) =>
      JSON.parse(m[1]),
    );
    if (result.status !== 0 || lines.length === 0)
      throw new Error(`${widget} bench failed:\n${result.stdout}\n${result.stderr}`);
    for (const { name, value, unit, target } of lines)
      figures.push(figure(`${widget}: ${name}`, value, unit, target, unit === 'fps' ? 'higher' : 'lower'));
  }
  return figures;
}
