import { optimizerKind, validateValueAs, type OptimizerProblemJson } from '@dlviz/core';
import { expect, test } from 'vitest';
import { draftOf, problemOf, type RaceDraft } from '../src/race-draft.js';

const race = (...optimizers: OptimizerProblemJson['optimizers']): RaceDraft => {
  const read = validateValueAs(optimizerKind, {
    widget: 'optimizer',
    surface: { preset: 'ellipse' },
    start: [-4, 2],
    steps: 10,
    optimizers,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return draftOf(read.value);
};
const ids = (draft: RaceDraft) => draft.racers.map((r) => [r.settings.type, r.id, r.enabled]);

test("a racer's id, which fixes its look, is its type's place in the catalog", () => {
  expect(ids(race({ type: 'adam', lr: 0.1 }, { type: 'sgd', lr: 0.1 }))).toEqual([
    ['adam', 5, true],
    ['sgd', 0, true],
    ['momentum', 1, false],
    ['nesterov', 2, false],
    ['adagrad', 3, false],
    ['rmsprop', 4, false],
  ]);
});

test('a second racer of a type takes the next free id; the unchecked types take what is left', () => {
  expect(ids(race({ type: 'sgd', lr: 0.11 }, { type: 'sgd', lr: 0.09 }, { type: 'adam', lr: 0.1 }))).toEqual([
    ['sgd', 0, true],
    ['sgd', 1, true],
    ['adam', 5, true],
    ['momentum', 2, false],
    ['nesterov', 3, false],
    ['adagrad', 4, false],
    ['rmsprop', 6, false],
  ]);
});

test('the problem of a draft with racers unchecked draws the others with the ids they had', () => {
  const draft = race(
    { type: 'rmsprop', lr: 0.05 },
    { type: 'sgd', lr: 0.1 },
    { type: 'adam', lr: 0.1 },
    { type: 'momentum', lr: 0.01 },
  );
  const unchecked = {
    ...draft,
    racers: draft.racers.map((r) => ({ ...r, enabled: r.enabled && r.id % 2 === 0 })),
  };
  const linked = race(...problemOf(unchecked).optimizers);
  const enabled = (d: RaceDraft) => d.racers.filter((r) => r.enabled).map((r) => [r.settings.type, r.id]);
  expect(enabled(linked)).toEqual(enabled(unchecked));
  expect(enabled(linked)).toEqual([
    ['rmsprop', 4],
    ['sgd', 0],
  ]);
});
