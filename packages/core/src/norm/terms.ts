/** Long sums are written out to this many terms; beyond it, the first three, an ellipsis, the last. */
const SHOWN_TERMS = 6;

/** Which terms of a sum of `count` to write out, in order; undefined marks the ellipsis. */
export function shownTerms(count: number): (number | undefined)[] {
  if (count <= SHOWN_TERMS) return Array.from({ length: count }, (_, i) => i);
  return [0, 1, 2, undefined, count - 1];
}

/** A plain-text sum with `+ −3` folded to `− 3`, as people write it (terms use the true minus). */
export function textSum(terms: readonly string[]): string {
  return terms.map((t, i) => (i === 0 ? t : t.startsWith('−') ? `− ${t.slice(1)}` : `+ ${t}`)).join(' ');
}
