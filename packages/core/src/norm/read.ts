import type { Checker } from '../validate/checker.js';
import { describe } from '../validate/describe.js';
import { computeNorm } from './compute.js';
import { cellGroups } from './grouping.js';
import { groupLabel } from './labels.js';
import {
  channelNoun,
  layoutAxes,
  layoutOfRank,
  layoutSignature,
  normLayouts,
  normTypes,
  type NormInput,
  type NormLayout,
  type NormType,
} from './layout.js';
import { NORM_LIMITS } from './limits.js';
import type { NormProblem } from './problem.js';
import { coordsOf, flatten, isTensorWithin, shapeOf, type NestedNumbers } from './tensor.js';

const keys = ['widget', 'input', 'layout', 'type', 'groups', 'eps', 'gamma', 'beta'];

/** Records an issue at each entry whose magnitude could overflow a square or a sum. */
function checkMagnitudes(c: Checker, values: Float64Array, shape: readonly number[], path: string): void {
  values.forEach((v, i) => {
    if (Math.abs(v) > NORM_LIMITS.maxAbsValue) {
      c.fail(
        `${path}${coordsOf(shape, i)
          .map((k) => `[${k}]`)
          .join('')}`,
        `|value| must be at most ${NORM_LIMITS.maxAbsValue}, got ${v}`,
      );
    }
  });
}

/** The input and the layout its rank implies; the limit is checked before walking a huge array. */
function readInput(
  c: Checker,
  value: unknown,
): { input: NormInput; layout: NormLayout; shape: number[] } | undefined {
  if (value === undefined) return c.fail('input', 'required');
  // [] reads as rank 1; what is wrong is that it holds nothing, not its rank.
  if (Array.isArray(value) && value.length === 0)
    return c.fail('input', 'expected at least one example, got an empty array');
  const shape = shapeOf(value);
  const layout = layoutOfRank(shape.length);
  if (!layout) {
    const expected = normLayouts.map(layoutSignature).join(', ');
    return c.fail(
      'input',
      `expected ${expected}, got ${Array.isArray(value) ? `a ${shape.length}-D array` : describe(value)}`,
    );
  }
  const cells = shape.reduce((a, b) => a * b, 1);
  const names = layoutAxes(layout)
    .map((a) => a.name)
    .join('·');
  if (!c.limit(cells, NORM_LIMITS.maxCells, 'input', `the input size ${names}`)) return undefined;
  // The Checker's walk names every path it visits; a valid input takes the fast path past it.
  if (isTensorWithin(value, shape, NORM_LIMITS.maxAbsValue))
    return { input: value as NormInput, layout, shape };
  const nouns = layoutAxes(layout).map((a) => a.noun);
  if (!c.tensor(value, 'input', nouns)) return undefined;
  const before = c.issues.length;
  checkMagnitudes(c, flatten(value as NestedNumbers, shape), shape, 'input');
  return c.issues.length === before ? { input: value as NormInput, layout, shape } : undefined;
}

/**
 * gamma or beta: one finite number per channel, or the default (ones or zeros). When the input is
 * unreadable the channel count is unknown, but the entries are still checked.
 */
function readAffine(
  c: Checker,
  value: unknown,
  path: string,
  channels: number | undefined,
  noun: string,
  fill: number,
): number[] | undefined {
  if (value === undefined) return channels === undefined ? undefined : new Array<number>(channels).fill(fill);
  const tensor = c.tensor(value, path, [noun], [channels]);
  if (!tensor) return undefined;
  const before = c.issues.length;
  checkMagnitudes(c, flatten(tensor.data, tensor.shape), tensor.shape, path);
  return c.issues.length === before ? (value as number[]) : undefined;
}

function readGroups(
  c: Checker,
  value: unknown,
  type: NormType,
  channels: number | undefined,
  noun: string,
): number | undefined {
  if (type !== 'group') {
    if (value !== undefined) c.fail('groups', `only "group" normalization takes groups, not "${type}"`);
    return undefined;
  }
  if (value === undefined) return c.fail('groups', 'required for "group" normalization');
  const groups = c.integer(value, 'groups', { min: 1 });
  if (groups === undefined || channels === undefined) return undefined;
  if (channels % groups !== 0) return c.fail('groups', `${groups} does not divide the ${channels} ${noun}`);
  return groups;
}

/**
 * With eps = 0 a group whose variance (mean square) is 0 divides by √0. Where its values are equal
 * (all 0 for RMS norm), every deviation is 0 too, and its outputs are β (see `normalized`). Where
 * they differ by so little that their squares underflow to 0, they would come out ±∞: refused,
 * naming the first such group.
 */
function checkDivision(c: Checker, problem: NormProblem): void {
  const { grouping, x, mean, std } = computeNorm(problem);
  const groupOf = cellGroups(grouping);
  const cell = x.findIndex((v, i) => std[groupOf[i]!] === 0 && v !== mean[groupOf[i]!]);
  if (cell < 0) return;
  const rms = problem.type === 'rms';
  // Printed after the path "eps: ", so the message does not name eps again.
  c.fail(
    'eps',
    `must be greater than 0 here: the values of ${groupLabel(grouping, groupOf[cell]!)} are not all ${rms ? '0' : 'equal'}, but their ${rms ? 'mean square' : 'variance'} is 0 in float64 (their squares underflow), so normalizing them would divide by √0`,
  );
}

export function readNorm(c: Checker, value: unknown): NormProblem | undefined {
  const before = c.issues.length;
  const record = c.object(value, '', keys);
  if (!record) return undefined;
  const read = readInput(c, record.input);
  const layoutGiven = record.layout === undefined ? undefined : c.oneOf(record.layout, 'layout', normLayouts);
  if (read && layoutGiven && layoutGiven !== read.layout) {
    c.fail(
      'layout',
      `"${layoutGiven}" needs a ${layoutAxes(layoutGiven).length}-D input ${layoutSignature(layoutGiven)}, but input is ${read.shape.length}-D`,
    );
  }
  const noun = channelNoun(read?.layout ?? layoutGiven ?? 'NCHW');
  const channels = read && read.shape[layoutAxes(read.layout).findIndex((a) => a.canonical === 1)];
  if (channels !== undefined) c.limit(channels, NORM_LIMITS.maxChannels, 'input', `the number of ${noun}`);
  const type = c.oneOf(record.type, 'type', normTypes);
  const groups = type ? readGroups(c, record.groups, type, channels, noun) : undefined;
  const eps =
    record.eps === undefined ? 1e-5 : c.number(record.eps, 'eps', { min: 0, max: NORM_LIMITS.maxEps });
  const gamma = readAffine(c, record.gamma, 'gamma', channels, noun, 1);
  const beta = readAffine(c, record.beta, 'beta', channels, noun, 0);
  if (c.issues.length > before || !read || !type || eps === undefined || !gamma || !beta) return undefined;
  const problem: NormProblem = {
    widget: 'norm',
    input: read.input,
    layout: read.layout,
    type,
    ...(groups === undefined ? {} : { groups }),
    eps,
    gamma,
    beta,
  };
  if (eps === 0) checkDivision(c, problem);
  return c.issues.length > before ? undefined : problem;
}
