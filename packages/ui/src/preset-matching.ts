/**
 * The id of the preset whose problem `source` is (an object, or JSON text as an attribute or a
 * link gives it), so a widget opened on a preset's problem names that preset in its menu rather
 * than "Custom". Problems match when they serialize alike; text that is not JSON matches none.
 */
export function presetMatching(
  presets: readonly { readonly id: string; readonly problem: unknown }[],
  source: unknown,
): string | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(typeof source === 'string' ? JSON.parse(source) : source);
  } catch {
    return undefined;
  }
  return presets.find((p) => JSON.stringify(p.problem) === text)?.id;
}
