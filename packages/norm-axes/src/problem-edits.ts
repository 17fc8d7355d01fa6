import {
  normLayoutAxes,
  normShape,
  randomNormInput,
  type NormLayout,
  type NormProblem,
  type NormType,
} from '@dlviz/core';
import { keptWhereTheyFit } from '@dlviz/ui';
import { withFlatValue } from './tensor-shape.js';
import { defaultGroups } from './type-words.js';

/**
 * What every user change produces: a new problem with every field written out. It is not validated
 * yet (eps 0 over a group of equal values is refused), so the widget can show it while it is invalid.
 */

/** The channel (feature) count of a shape in a layout: what gamma, beta and G run along. */
export function channelsOf(layout: NormLayout, shape: readonly number[]): number {
  return shape[normLayoutAxes(layout).findIndex((axis) => axis.canonical === 1)]!;
}

function resized(values: readonly number[], length: number, fill: number): number[] {
  return Array.from({ length }, (_, i) => values[i] ?? fill);
}

function groupsFor(type: NormType, channels: number, groups: number | undefined): { groups?: number } {
  if (type !== 'group') return {};
  return { groups: groups !== undefined && channels % groups === 0 ? groups : defaultGroups(channels) };
}

function base(problem: NormProblem): NormProblem {
  const { widget, input, layout, type, eps, gamma, beta } = problem;
  return { widget, input, layout, type, ...groupsFor(type, gamma.length, problem.groups), eps, gamma, beta };
}

export function withType(problem: NormProblem, type: NormType): NormProblem {
  return base({ ...problem, type });
}

export function withGroups(problem: NormProblem, groups: number): NormProblem {
  return { ...base(problem), groups };
}

export function withEps(problem: NormProblem, eps: number): NormProblem {
  return { ...base(problem), eps };
}

/** A fresh seeded input of a new layout or shape; γ and β keep the entries that still fit. */
export function withShape(
  problem: NormProblem,
  layout: NormLayout,
  shape: readonly number[],
  seed: number,
): NormProblem {
  const channels = channelsOf(layout, shape);
  return {
    widget: 'norm',
    input: randomNormInput({ layout, shape, seed }),
    layout,
    type: problem.type,
    ...groupsFor(problem.type, channels, problem.groups),
    eps: problem.eps,
    gamma: resized(problem.gamma, channels, 1),
    beta: resized(problem.beta, channels, 0),
  };
}

/**
 * One axis (or more) resized in the same layout: the values whose coordinates still exist stay, so an
 * edit survives; only new positions take the seeded draw.
 */
export function withSize(problem: NormProblem, shape: readonly number[], seed: number): NormProblem {
  const next = withShape(problem, problem.layout, shape, seed);
  return { ...next, input: keptWhereTheyFit(problem.input, next.input) };
}

/** The same shape drawn again from another seed (the frame's Random button). */
export function withSeed(problem: NormProblem, seed: number): NormProblem {
  return withShape(problem, problem.layout, normShape(problem.input), seed);
}

export function withValue(problem: NormProblem, index: number, value: number): NormProblem {
  return { ...base(problem), input: withFlatValue(problem.input, index, value) };
}

export function withAffine(
  problem: NormProblem,
  which: 'gamma' | 'beta',
  channel: number,
  value: number,
): NormProblem {
  const next = base(problem);
  return { ...next, [which]: problem[which].map((v, c) => (c === channel ? value : v)) };
}
