// Core benchmarks (issue 2): conv solve + full trace walk, a six-optimizer race, every norm type,
// and compiled expression gradients per second. Runs against the built @dlviz/core.
import { performance } from 'node:perf_hooks';
import {
  compileExpression,
  convTrace,
  normTypes,
  optimizerPresets,
  parseExpression,
  randomNormInput,
  solve,
  uniform,
  validate,
} from '@dlviz/core';
import { figure, timeMs } from './measure.mjs';

const checked = (value) => {
  const result = validate(value);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.value;
};

const tensor = (next, shape) =>
  shape.length === 0
    ? Math.round((next() * 2 - 1) * 100) / 100
    : Array.from({ length: shape[0] }, () => tensor(next, shape.slice(1)));

function convFigure() {
  const next = uniform(1);
  const problem = checked({
    widget: 'conv',
    input: tensor(next, [3, 64, 64]),
    kernels: tensor(next, [16, 3, 3, 3]),
    padding: 1,
  });
  const ms = timeMs(() => {
    solve(problem);
    const trace = convTrace(problem);
    for (let i = 0; i < trace.length; i++) trace.at(i);
  });
  return figure('conv 3×64×64, sixteen 3×3 filters, padding 1: solve + full trace walk', ms, 'ms', 20);
}

function raceFigure() {
  const rosenbrock = optimizerPresets.find((p) => p.id === 'rosenbrock-race').problem;
  const problem = checked({ ...rosenbrock, steps: 1000 });
  const ms = timeMs(() => solve(problem));
  return figure(
    `optimizer race: ${problem.optimizers.length} optimizers × 1000 steps on Rosenbrock`,
    ms,
    'ms',
    20,
  );
}

function normFigures() {
  const input = randomNormInput({ shape: [32, 64, 16, 16], seed: 3 });
  return normTypes.map((type) => {
    const problem = checked({ widget: 'norm', input, type, ...(type === 'group' ? { groups: 8 } : {}) });
    return figure(
      `norm ${type}, [32][64][16][16]`,
      timeMs(() => solve(problem)),
      'ms',
      15,
    );
  });
}

function gradientFigure() {
  const parsed = parseExpression('(1 - x)^2 + 100*(y - x^2)^2');
  const { gradient } = compileExpression(parsed.ast);
  const out = new Float64Array(2);
  const n = 2_000_000;
  let sink = 0;
  const rates = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) sink += gradient(i * 1e-6, 1 - i * 1e-6, out);
    rates.push(n / ((performance.now() - start) / 1000));
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loop from being optimized away');
  rates.sort((a, b) => a - b);
  return figure('expression gradient evaluations (Rosenbrock)', rates[2] / 1e6, 'M/s', 5, 'higher');
}

export async function run() {
  return [convFigure(), raceFigure(), ...normFigures(), gradientFigure()];
}
