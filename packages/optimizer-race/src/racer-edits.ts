import type { Hyperparameter } from '@dlviz/core';
import type { RaceDraft, Racer } from './race-draft.js';

// The roster's edits, apart from the draft itself: only the optimizer settings make them, and
// those load when first opened.

export function withRacer(draft: RaceDraft, id: number, change: (racer: Racer) => Racer): RaceDraft {
  return { ...draft, racers: draft.racers.map((r) => (r.id === id ? change(r) : r)) };
}

/** Sets one hyperparameter; with "same learning rate for all", a learning rate goes to every racer. */
export function withHyperparameter(
  draft: RaceDraft,
  id: number,
  key: Hyperparameter,
  value: number,
): RaceDraft {
  if (key === 'lr' && draft.sameLearningRate) {
    return { ...draft, racers: draft.racers.map((r) => ({ ...r, settings: { ...r.settings, lr: value } })) };
  }
  return withRacer(draft, id, (r) => ({ ...r, settings: { ...r.settings, [key]: value } }));
}

/** Switching "same learning rate" on gives every racer the learning rate of racer `from`. */
export function withSameLearningRate(draft: RaceDraft, on: boolean, from: number): RaceDraft {
  const lr = draft.racers.find((r) => r.id === from)?.settings.lr;
  const next = { ...draft, sameLearningRate: on };
  return on && lr !== undefined ? withHyperparameter(next, from, 'lr', lr) : next;
}
