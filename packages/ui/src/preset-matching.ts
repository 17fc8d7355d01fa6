import { sameJson } from './same-json.js';

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
