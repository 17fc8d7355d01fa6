/** Whether two lists hold the same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

/**
 * `next` with every array, at any depth, that holds the same items (===) as its counterpart in
 * `previous` replaced by that counterpart.
 */
function reusing(previous: unknown, next: unknown): unknown {
  if (!Array.isArray(next) || !Array.isArray(previous)) return next;
  let same = previous.length === next.length;
  const parts = next.map((part: unknown, i) => {
    const kept = reusing(previous[i], part);
    same &&= kept === previous[i];
    return kept;
  });
  return same ? previous : parts;
}

/**
 * For `$derived.by`: reads arrays (labels, a map's rows of numbers, rows of cell views; nested to
 * any depth) and keeps answering the previous arrays wherever the new ones hold the same items.
 * Callers often build fresh arrays on every change (labels from `.map`, a new problem's copies);
 * without this, everything drawn from them would count as changed and be drawn again, where kept
 * arrays leave untouched rows and maps as they were.
 */
export function keepingSame<T>(read: () => T): () => T {
  let last: T | undefined;
  return () => (last = reusing(last, read()) as T);
}
