/** Long sums are written out to this many terms; beyond it, the first three, an ellipsis, the last. */
const SHOWN_TERMS = 6;

/** Which terms of a sum of `count` to write out, in order; undefined marks the ellipsis. */
export function shownTerms(count: number): (number | undefined)[] {
  if (count <= SHOWN_TERMS) return Array.from({ length: count }, (_, i) => i);
  return [0, 1, 2, undefined, count - 1];
}
