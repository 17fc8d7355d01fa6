/**
 * The id of the preset whose problem `source` is (an object, or JSON text as an attribute or a
 * link gives it), so a widget opened on a preset's problem names that preset in its menu rather
 * than "Custom". Text that is not JSON matches none.
 */
export function presetMatching(
  presets: readonly { readonly id: string; readonly problem: unknown }[],
  source: unknown,
): string | undefined {
  let problem = source;
  if (typeof source === 'string') {
    try {
      problem = JSON.parse(source);
    } catch {
      return undefined;
    }
  }
  return presets.find((p) => sameJson(p.problem, problem))?.id;
}

/**
 * Whether two JSON values are equal, stopping at the first difference: most presets differ from a
 * problem in their first numbers, where serializing each (some hold tens of thousands) would not.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
