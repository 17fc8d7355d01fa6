/** A plain-text sum with `+ −3` folded to `− 3`, as people write it (terms use the true minus). */
export function textSum(terms: readonly string[]): string {
  return terms.map((t, i) => (i === 0 ? t : t.startsWith('−') ? `− ${t.slice(1)}` : `+ ${t}`)).join(' ');
}
