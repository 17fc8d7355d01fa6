/** A count with its noun, singular for exactly one: `1 update`, `3 updates`, `0 updates`. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
