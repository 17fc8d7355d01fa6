/** A count with its noun, singular for exactly one: `1 update`, `3 updates`, `0 updates`. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * The singular of a plural noun phrase as messages use them (`biases (one per row of weights)`,
 * `channels`): its first word without its plural ending, for a count of exactly one.
 */
export const singular = (plural: string): string => plural.replace(/^(\w+?)(?:(?<=s)es|s)\b/, '$1');
