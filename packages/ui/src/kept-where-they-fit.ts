/**
 * `fresh` (a nested array of the new shape: new values, or zeros) with every number of `kept` whose
 * coordinates still exist put back: resizing one dimension of a problem keeps the reader's values
 * and edits where they were, and only the new positions take the fresh ones. The conv stepper's
 * sizes and the norm viewer's both resize this way.
 */
export function keptWhereTheyFit<T>(kept: unknown, fresh: T): T {
  const merge = (old: unknown, next: unknown): unknown =>
    Array.isArray(next)
      ? next.map((v, i) => merge(Array.isArray(old) ? (old as unknown[])[i] : undefined, v))
      : typeof old === 'number'
        ? old
        : next;
  return merge(kept, fresh) as T;
}

/** A nested array of `shape` holding zeros. */
export function zeros(shape: readonly number[]): unknown {
  const [length, ...rest] = shape;
  return Array.from({ length: length! }, () => (rest.length === 0 ? 0 : zeros(rest)));
}
