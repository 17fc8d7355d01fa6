import { readActivation } from '../activation.js';
import { formatText } from '../format/number.js';
import type { Checker } from '../validate/checker.js';
import { describe } from '../validate/describe.js';
import { index, key } from '../validate/path.js';
import { BACKPROP_LIMITS } from './limits.js';
import { readLoss, type Loss } from './loss.js';
import type { BackpropProblem, Layer } from './network.js';
import { checkSolvable } from './solvable.js';

const problemKeys = ['widget', 'input', 'target', 'layers', 'loss', 'learningRate'];
const layerKeys = ['weights', 'bias', 'activation'];

/** Reads a vector (input, target, bias) of a known length when one is known. */
function readVector(
  c: Checker,
  value: unknown,
  path: string,
  noun: string,
  size?: number,
): number[] | undefined {
  if (Array.isArray(value) && !c.limit(value.length, BACKPROP_LIMITS.width, path, `the number of ${noun}`))
    return undefined;
  const read = c.tensor(value, path, [noun], [size]);
  return read && (read.data as number[]).slice();
}

/** Reads layer `l`, whose weights must have `inputs` columns when the size before it is known. */
function readLayer(
  c: Checker,
  value: unknown,
  l: number,
  inputs: number | undefined,
): { layer?: Layer; units?: number } {
  const path = index('layers', l);
  const record = c.object(value, path, layerKeys);
  if (!record) return {};
  const weightsPath = key(path, 'weights');
  const raw = c.required(record, path, 'weights');
  const rows = Array.isArray(raw) && raw.length > 0 ? raw.length : undefined;
  const feeds = l === 0 ? 'one per input value' : `one per unit of ${index('layers', l - 1)}`;
  // Rows that all have the same wrong length are one mistake (a layer that does not fit), said once.
  const lengths = Array.isArray(raw) ? raw.map((row) => (Array.isArray(row) ? row.length : -1)) : [];
  const misfit =
    inputs !== undefined &&
    lengths.length > 0 &&
    lengths.every((n) => n === lengths[0] && n >= 0 && n !== inputs);
  if (misfit) c.fail(weightsPath, `expected ${inputs} columns (${feeds}) in every row, got ${lengths[0]}`);
  let weights: number[][] | undefined;
  if (
    raw !== undefined &&
    (rows === undefined || c.limit(rows, BACKPROP_LIMITS.width, weightsPath, 'the number of units'))
  ) {
    const read = c.tensor(
      raw,
      weightsPath,
      ['rows (one per unit)', `columns (${feeds})`],
      [undefined, misfit ? undefined : inputs],
    );
    weights = read && !misfit ? (read.data as number[][]).map((row) => row.slice()) : undefined;
  }
  const rawBias = c.required(record, path, 'bias');
  const bias =
    rawBias === undefined
      ? undefined
      : readVector(c, rawBias, key(path, 'bias'), 'biases (one per row of weights)', rows);
  const activation = readActivation(c, record.activation, key(path, 'activation'));
  return { layer: weights && bias && activation && { weights, bias, activation }, units: rows };
}

/** Cross-entropy needs a probability distribution as its target, bce a probability per output. */
function checkTarget(c: Checker, loss: Loss, target: readonly number[]): void {
  if (loss.type === 'crossEntropy') {
    target.forEach((t, k) => {
      if (t < 0)
        c.fail(
          index('target', k),
          `crossEntropy needs a probability distribution: expected a number >= 0, got ${t}`,
        );
    });
    const total = target.reduce((s, t) => s + t, 0);
    if (Math.abs(total - 1) > 1e-9) {
      // Twelve digits: the sum as typed (0.1 + 0.2 is 0.3 here), without float64's rounding noise.
      c.fail(
        'target',
        `crossEntropy needs a probability distribution summing to 1, got a sum of ${formatText(total, 12)}`,
      );
    }
  } else if (loss.type === 'bce') {
    target.forEach((t, k) => {
      if (t < 0 || t > 1)
        c.fail(index('target', k), `bce needs a probability: expected a number from 0 to 1, got ${t}`);
    });
  }
}

/** Validates a backprop problem, every issue at once, and fills in the defaults. */
export function readBackprop(c: Checker, value: unknown): BackpropProblem | undefined {
  const before = c.issues.length;
  const record = c.object(value, '', problemKeys);
  if (!record) return undefined;
  const rawInput = c.required(record, '', 'input');
  const input = rawInput === undefined ? undefined : readVector(c, rawInput, 'input', 'values');

  const rawLayers = c.required(record, '', 'layers');
  const layers: Layer[] = [];
  let units: number | undefined = input?.length;
  if (rawLayers !== undefined && !Array.isArray(rawLayers)) {
    c.fail('layers', `expected an array of layers, got ${describe(rawLayers)}`);
  } else if (Array.isArray(rawLayers)) {
    if (rawLayers.length === 0) c.fail('layers', 'expected at least one layer, got none');
    else if (c.limit(rawLayers.length, BACKPROP_LIMITS.layers, 'layers', 'the number of layers')) {
      rawLayers.forEach((raw, l) => {
        const read = readLayer(c, raw, l, units);
        if (read.layer) layers.push(read.layer);
        units = read.units;
      });
      const parameters = layers.reduce(
        (n, { weights, bias }) => n + weights.length * weights[0]!.length + bias.length,
        0,
      );
      c.limit(
        parameters,
        BACKPROP_LIMITS.parameters,
        'layers',
        'the number of parameters (weights and biases)',
      );
    }
  }

  const rawTarget = c.required(record, '', 'target');
  const target =
    rawTarget === undefined
      ? undefined
      : readVector(c, rawTarget, 'target', 'values (one per output unit)', units);
  const rawLoss = c.required(record, '', 'loss');
  const loss = rawLoss === undefined ? undefined : readLoss(c, rawLoss, 'loss');
  const learningRate =
    record.learningRate === undefined ? 0.1 : c.number(record.learningRate, 'learningRate', { min: 0 });
  if (target && loss) checkTarget(c, loss, target);

  if (c.issues.length > before || !input || !target || !loss || learningRate === undefined) return undefined;
  const problem: BackpropProblem = { widget: 'backprop', input, target, layers, loss, learningRate };
  checkSolvable(c, problem);
  return c.issues.length > before ? undefined : problem;
}
