import type { Stepper } from '@dlviz/ui';

/** While playing, the worked panel changes at most this often (ms). */
const READABLE_INTERVAL = 100;

/**
 * The step the worked panel shows: the stepper's own, except during playback faster than ten
 * updates a second, where it follows at most ten times a second. Numbers that change every frame
 * cannot be read, and rewriting the worked formula and table is about a third of each frame's
 * work; paused, stepped by hand or at the end it is always the current step. Call during component
 * initialisation (it owns an effect).
 */
export function readableStep(stepper: Stepper): () => number {
  let shown = $state(stepper.index);
  let shownAt = 0;
  // Before the DOM updates, so a step by hand shows its numbers in the same frame.
  $effect.pre(() => {
    const index = stepper.index;
    if (stepper.playing && performance.now() - shownAt < READABLE_INTERVAL) return;
    shown = index;
    shownAt = performance.now();
  });
  return () => shown;
}
