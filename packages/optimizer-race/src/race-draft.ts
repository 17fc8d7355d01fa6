import {
  HYPERPARAMETERS,
  OPTIMIZERS,
  OPTIMIZER_TYPES,
  type Hyperparameter,
  type OptimizerProblem,
  type OptimizerProblemJson,
  type OptimizerSurfaceSource,
  type OptimizerType,
  type Vec2,
} from '@dlviz/core';

/** One optimizer's settings: its type and every hyperparameter it takes, defaults filled in. */
export type OptimizerSettings = { type: OptimizerType } & Partial<Record<Hyperparameter, number>>;

/** An optimizer in the race, or parked beside it (unchecked) with its settings kept for later. */
export interface Racer {
  /** Fixes its color, dash and marker whatever else is switched on (see `draftOf`). */
  id: number;
  settings: OptimizerSettings;
  enabled: boolean;
}

/**
 * What the editor holds: the problem plus what the problem format has no place for (optimizers
 * switched off, the noise settings while noise is off, "same learning rate for all").
 */
export interface RaceDraft {
  surface: OptimizerSurfaceSource;
  start: Vec2;
  steps: number;
  noise: { sigma: number; seed: number };
  noiseOn: boolean;
  racers: Racer[];
  sameLearningRate: boolean;
}

/** Learning rates for optimizers added from the roster: what the ellipse race uses. */
const defaultLearningRates: Record<OptimizerType, number> = {
  sgd: 0.01,
  momentum: 0.01,
  nesterov: 0.01,
  adagrad: 0.5,
  rmsprop: 0.05,
  adam: 0.1,
};

export function defaultSettings(type: OptimizerType, lr = defaultLearningRates[type]): OptimizerSettings {
  const settings: OptimizerSettings = { type, lr };
  for (const key of OPTIMIZERS[type].keys) if (key !== 'lr') settings[key] = HYPERPARAMETERS[key].fallback;
  return settings;
}

/**
 * The editor's state for a validated problem: its optimizers in order, then every missing type,
 * unchecked. A racer's id, which fixes its look, is its type's place in the catalog, or the next free
 * one where an earlier racer has that (a second SGD): it follows from the racers before it alone, so
 * a link, which leaves the unchecked ones out, draws the others as they were.
 */
export function draftOf(problem: OptimizerProblem): RaceDraft {
  const racers: Racer[] = [];
  const join = (settings: OptimizerSettings, enabled: boolean) => {
    let id = OPTIMIZER_TYPES.indexOf(settings.type);
    while (racers.some((r) => r.id === id)) id++;
    racers.push({ id, settings, enabled });
  };
  for (const o of problem.optimizers) join({ ...o }, true);
  for (const type of OPTIMIZER_TYPES)
    if (!problem.optimizers.some((o) => o.type === type)) join(defaultSettings(type), false);
  return {
    surface: problem.surface.source,
    start: [...problem.start],
    steps: problem.steps,
    noise: problem.noise ? { ...problem.noise } : { sigma: 0.5, seed: 1 },
    noiseOn: problem.noise !== undefined,
    racers,
    sameLearningRate: false,
  };
}

/** The problem JSON a draft stands for: what `problemchange`, links and exports carry. */
export function problemOf(draft: RaceDraft): OptimizerProblemJson {
  return {
    widget: 'optimizer',
    surface: draft.surface,
    start: draft.start,
    steps: draft.steps,
    ...(draft.noiseOn ? { noise: draft.noise } : {}),
    optimizers: draft.racers
      .filter((r) => r.enabled)
      .map((r) => ({ ...r.settings }) as OptimizerProblemJson['optimizers'][number]),
  };
}

/** The racers in the race, in the problem's order: index k here is optimizer k of the trace. */
export function enabledRacers(draft: RaceDraft): Racer[] {
  return draft.racers.filter((r) => r.enabled);
}
