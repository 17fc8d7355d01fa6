/** Whether two lists hold the same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

/**
 * For `$derived.by`: reads a list and keeps answering the previous one while a new list holds the
 * same items. Callers often build a fresh array on every render (labels from `.map`); without this,
 * everything drawn from it would count as changed and be drawn again.
 */
export function keepingSameItems<T>(read: () => readonly T[] | undefined): () => readonly T[] | undefined {
  let last: readonly T[] | undefined;
  return () => {
    const next = read();
    if (!(last && next && sameItems(last, next))) last = next;
    return last;
  };
}

/**
 * For `$derived.by`: reads a list of rows and keeps each row that holds the same items as before,
 * and the whole list when every row is kept, so an `{#each}` over it finds unchanged rows unchanged.
 */
export function keepingSameRows<T>(read: () => T[][]): () => readonly (readonly T[])[] {
  let last: readonly (readonly T[])[] = [];
  return () => {
    const next = read();
    let same = next.length === last.length;
    const rows = next.map((row, r) => {
      const kept = last[r] && sameItems(last[r], row) ? last[r] : row;
      same &&= kept === last[r];
      return kept;
    });
    return (last = same ? last : rows);
  };
}
