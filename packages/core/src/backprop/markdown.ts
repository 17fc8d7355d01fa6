import { activationName } from '../activation.js';
import { counted } from '../format/count.js';
import { tex, texMatrix, texVector } from '../format/tex.js';
import { lossName } from './loss-step.js';
import type { BackpropProblem, Parameters } from './network.js';
import type { BackpropStep, NodeStep } from './step.js';
import { backpropStepTex } from './step-tex.js';
import { backpropTrace, type TraceSection } from './trace.js';

/** Each run of steps is written out this far, then summarized, so a wide network's answer stays readable. */
const STEPS_SHOWN = 16;
/** Vectors and matrices are printed whole up to this many rows and columns. */
const MATRIX_SHOWN = 12;

function shownMatrix(rows: readonly (readonly number[])[]): string | undefined {
  return rows.length <= MATRIX_SHOWN && rows[0]!.length <= MATRIX_SHOWN ? texMatrix(rows) : undefined;
}

function shownVector(values: readonly number[]): string | undefined {
  return values.length <= MATRIX_SHOWN ? texVector(values) : undefined;
}

/** Every gradient entry, weights and biases of every layer. */
function gradientEntries(gradients: readonly Parameters[]): number[] {
  return gradients.flatMap((g) => [...g.weights.flat(), ...g.bias]);
}

/**
 * What the update did, true in every case: a parameter whose gradient is 0 (behind a step
 * activation, a dead ReLU, or an output already on target) does not move, and nothing moves with η = 0.
 */
function updateOutcome(gradients: readonly Parameters[], learningRate: number): string {
  const entries = gradientEntries(gradients);
  const zero = entries.filter((g) => g === 0).length;
  if (zero === entries.length) return 'every gradient is 0, so no parameter moved';
  if (learningRate === 0) return 'the learning rate is 0, so no parameter moved';
  if (zero === 0) return 'every parameter took one step against its gradient';
  const moved = entries.length - zero;
  return (
    `the ${counted(moved, 'parameter')} with a nonzero gradient took one step against ${moved === 1 ? 'its' : 'their'} gradient; ` +
    `the ${zero} with a zero gradient stayed unchanged`
  );
}

/**
 * The worked answer, written from the trace: every displayed formula is a step's TeX, so the Markdown,
 * the narration and the widget show one computation.
 */
export function backpropMarkdown(problem: BackpropProblem): string {
  const trace = backpropTrace(problem);
  const { computation } = trace;
  const lines: string[] = [];
  const section = (kind: BackpropStep['kind'], layer: number) =>
    trace.sections.find((s) => s.kind === kind && s.layer === layer) as TraceSection;
  const write = (s: TraceSection, note?: (step: BackpropStep) => string) => {
    const shown = Math.min(s.count, STEPS_SHOWN);
    for (let i = 0; i < shown; i++) {
      const step = trace.at(s.start + i);
      lines.push(`$$${backpropStepTex(step)}$$`, '');
      if (note) lines.push(note(step), '');
    }
    if (s.count > shown)
      lines.push(`…and ${s.count - shown} more, each worked the same way (every step is in the trace).`, '');
  };
  const last = problem.layers.length - 1;
  const shape = problem.layers
    .map((l, i) => `layer ${i}: ${counted(l.bias.length, 'unit')}, ${activationName(l.activation)}`)
    .join('; ');

  lines.push(
    '# Backpropagation through a fully connected network',
    '',
    `Input $x$ with ${counted(problem.input.length, 'value')}; ${shape}. ` +
      `Loss: ${lossName(problem.loss)}; learning rate $\\eta = ${tex(problem.learningRate)}$.`,
    '',
    'Indices are zero-based, as in PyTorch: $z[l][j]$ and $a[l][j]$ belong to unit $j$ of layer $l$, ' +
      '$W[l][j][i]$ is the weight from unit $i$ below (input value $x[i]$ for layer 0) to unit $j$, $b[l][j]$ its bias.',
    '',
    '## 1. Forward pass',
    '',
    '$z[l] = W[l]\\, a[l-1] + b[l]$ and $a[l] = \\operatorname{act}(z[l])$, starting from $a[-1] = x$.',
    '',
  );
  problem.layers.forEach((layer, l) => {
    lines.push(`**Layer ${l}** (${activationName(layer.activation)}):`, '');
    write(section('forward', l));
  });

  lines.push('## 2. Loss', '');
  write(section('loss', last));

  lines.push(
    '## 3. Backward pass',
    '',
    `The output is $o = a[${last}]$ and $t$ the target. From the loss down: the gradient reaching each unit, ` +
      '$\\partial L/\\partial a$, is multiplied by the local derivative ' +
      "of its activation to give $\\partial L/\\partial z$; a weight's gradient is that times the activation it multiplied. " +
      'Where a unit feeds several units above it, the paths meet and their gradients add.',
    '',
  );
  for (let l = last; l >= 0; l--) {
    lines.push(`**Layer ${l}**:`, '');
    write(section(l === last ? 'outputGradient' : 'accumulate', l));
    write(section('node', l), (step) => `Here ${(step as NodeStep).reason}.`);
    write(section('weightGradient', l));
  }

  lines.push('## 4. Gradients', '');
  computation.gradients.forEach((g, l) => {
    const weights = shownMatrix(g.weights);
    const bias = shownVector(g.bias);
    lines.push(
      weights && bias
        ? `$$\\frac{\\partial L}{\\partial W[${l}]} = ${weights}, \\quad \\frac{\\partial L}{\\partial b[${l}]} = ${bias}$$`
        : `Layer ${l}: a ${g.weights.length}×${g.weights[0]!.length} gradient, too large to print here (it is in the JSON solution).`,
      '',
    );
  });

  lines.push(
    `## 5. Update, $p \\leftarrow p - \\eta\\, \\partial L/\\partial p$ with $\\eta = ${tex(problem.learningRate)}$`,
    '',
  );
  problem.layers.forEach((_, l) => {
    lines.push(`**Layer ${l}**:`, '');
    write(section('update', l));
    const after = computation.updated[l]!;
    const weights = shownMatrix(after.weights);
    const bias = shownVector(after.bias);
    if (weights && bias) lines.push(`$$W[${l}] = ${weights}, \\quad b[${l}] = ${bias}$$`, '');
  });

  const output = shownVector(computation.output);
  lines.push(
    '## Result',
    '',
    `${output ? `Output $o = ${output}$; the l` : 'The l'}oss is $L = ${tex(computation.loss)}$, and ${updateOutcome(computation.gradients, problem.learningRate)}.`,
    '',
  );
  return lines.join('\n');
}
