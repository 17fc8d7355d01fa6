/** Numbers nested in arrays: a map's rows, a layer's maps, a filter's slices. */
type Nested = number | readonly Nested[];

/**
 * `next` with every array that holds the same numbers as its counterpart in `previous` replaced by
 * that counterpart. A new problem copies all its arrays, and MatrixGrid looks again at every cell
 * of a row that is a different array: kept arrays leave the maps a change did not touch (the input
 * when the padding changes, every map but one when a weight is edited) as they were.
 */
function reusing(previous: Nested | undefined, next: Nested): Nested {
  if (!Array.isArray(next) || !Array.isArray(previous)) return next;
  let same = previous.length === next.length;
  const parts = next.map((part: Nested, i) => {
    const kept = reusing(previous[i], part);
    same &&= kept === previous[i];
    return kept;
  });
  return same ? previous : parts;
}

/** For `$derived.by`: reads nested arrays of numbers and keeps the parts that hold the same numbers. */
export function keepingSameValues<T extends Nested>(read: () => T): () => T {
  let last: T | undefined;
  return () => (last = reusing(last, read()) as T);
}
