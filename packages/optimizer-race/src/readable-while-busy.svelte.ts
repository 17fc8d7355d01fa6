import { untrack } from 'svelte';

/** While busy, what is shown changes at most this often (ms). */
const READABLE_INTERVAL = 100;

/**
 * A value for the worked panel: the value itself, except while `busy` (playback, a drag), where it
 * follows at most ten times a second and catches up with the latest value at the end of each
 * interval. Numbers that change every frame cannot be read, and rewriting the worked formula and
 * table is about a third of each frame's work. Call during component initialisation (it owns an
 * effect).
 */
export function readableWhileBusy<T>(value: () => T, busy: () => boolean): () => T {
  let shown = $state.raw(untrack(value));
  let shownAt = 0;
  const show = (next: T) => {
    shown = next;
    shownAt = performance.now();
  };
  // Before the DOM updates, so a change while not busy shows in the same frame.
  $effect.pre(() => {
    const next = value();
    const wait = busy() ? shownAt + READABLE_INTERVAL - performance.now() : 0;
    if (wait <= 0) return show(next);
    const timer = setTimeout(() => show(next), wait);
    return () => clearTimeout(timer);
  });
  return () => shown;
}
