import { formatText } from '../format/number.js';
import type { Trace } from '../trace.js';
import { updateSentence } from './narrate.js';
import { optimizerNames } from './names.js';
import type { OptimizerProblem, Vec2 } from './problem.js';
import { runAll, type Run } from './run.js';
import { show, type Show } from './show.js';
import { updateOf, type OptimizerUpdate } from './update-of.js';

/** An update with its narration (its arithmetic in LaTeX is optimizerUpdateTex's, in update-tex.ts). */
export interface NarratedUpdate extends OptimizerUpdate {
  readonly sentence: string;
}

/** Where one optimizer stands at step t of the race. */
export interface RacerState {
  readonly optimizer: number;
  /** The update that brought it here; undefined at t = 0 and once its run has ended. */
  readonly update: NarratedUpdate | undefined;
  /** Its latest finite position and loss (the last finite one when it diverged earlier). */
  readonly theta: Vec2;
  readonly loss: number;
  /** Updates made so far (≤ t). */
  readonly updates: number;
  /** It diverged at or before step t. */
  readonly diverged: boolean;
}

/** Step t of the race: every optimizer after its t-th update (t = 0: all at the start). */
export interface OptimizerStep {
  readonly t: number;
  readonly racers: readonly RacerState[];
  readonly sentence: string;
}

export interface OptimizerTrace extends Trace<OptimizerStep> {
  /** The compact runs the steps are rebuilt from (the widget draws trajectories from them). */
  readonly runs: readonly Run[];
  /** What the narration calls each optimizer (see optimizerNames), for a legend that agrees with it. */
  readonly names: readonly string[];
  /** Update t (≥ 1) of optimizer k, narrated, or undefined when that run made fewer updates. */
  update(k: number, t: number): NarratedUpdate | undefined;
}

/** The last finite point of a run at or before update t. */
function standing(run: Run, t: number): { theta: Vec2; loss: number; updates: number; diverged: boolean } {
  const updates = Math.min(t, run.updates);
  const diverged = run.diverged && t >= run.updates;
  const last = diverged ? updates - 1 : updates;
  return { theta: [run.theta[2 * last]!, run.theta[2 * last + 1]!], loss: run.f[last]!, updates, diverged };
}

function racerWords(name: string, run: Run, r: RacerState, s: Show): string {
  if (r.diverged && run.undefinedGradient)
    return `${name} stopped at update ${run.updates}: the gradient at ${s.text(r.theta)} is undefined`;
  if (r.diverged) return `${name} diverged at update ${run.updates}`;
  return `${name} at ${s.text(r.theta)}, loss ${formatText(r.loss)}`;
}

/**
 * The race as a lazy trace: step t holds every optimizer's state after t updates, rebuilt on
 * demand from the runs' flat arrays (a 100 000-step race costs no step objects until shown).
 */
export function optimizerTrace(problem: OptimizerProblem): OptimizerTrace {
  const runs = runAll(problem);
  const s = show(problem.surface.oneDimensional);
  const names = optimizerNames(problem.optimizers);
  const update = (k: number, t: number): NarratedUpdate | undefined => {
    const run = runs[k];
    if (!run || t < 1 || t > run.updates) return undefined;
    const u = updateOf(run, t);
    return { ...u, sentence: updateSentence(names[k]!, u, run.optimizer, s) };
  };
  return {
    runs,
    names,
    length: problem.steps + 1,
    update,
    at(t) {
      const racers = runs.map((run, k) => ({ optimizer: k, update: update(k, t), ...standing(run, t) }));
      const where = runs.map((run, k) => racerWords(names[k]!, run, racers[k]!, s)).join('; ');
      const sentence =
        t === 0 ? `Start at ${s.text(problem.start)}: ${where}.` : `After update ${t}: ${where}.`;
      return { t, racers, sentence };
    },
  };
}
