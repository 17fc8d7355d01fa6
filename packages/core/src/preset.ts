/** A preset as a widget's preset menu lists it: its title and its problem as JSON. */
export interface PresetProblem<Json> {
  readonly id: string;
  readonly title: string;
  readonly problem: Json;
}

/** A preset with the one line the docs' preset cards show under its title. */
export interface Preset<Json> extends PresetProblem<Json> {
  /** One line: what the preset shows. */
  readonly description: string;
}

/**
 * Presets with their descriptions, which are kept apart from the problems so that a widget, whose
 * menu lists titles only, does not ship the prose. The problem is read through, so a preset built
 * on demand is still built only when read.
 */
export function described<Json>(
  presets: readonly PresetProblem<Json>[],
  descriptions: Readonly<Record<string, string>>,
): readonly Preset<Json>[] {
  return presets.map((p) => ({
    id: p.id,
    title: p.title,
    description: descriptions[p.id]!,
    get problem() {
      return p.problem;
    },
  }));
}
