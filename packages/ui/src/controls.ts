/**
 * The groups of controls an instructor can hide or lock (`hide="presets export"`), so a page can
 * show exactly one idea. `edit` is honoured by the widgets' editable numbers and `view` by their
 * switches between views of the same numbers (conv's backward pass, backprop's neurons or graph,
 * the optimizer's log scale, norm's input or output and its distributions' grouping; choosing a
 * parameter, an optimizer or a cell in the drawing stays open); the rest by the frame.
 */
export const controlGroups = [
  'steps',
  'speed',
  'presets',
  'random',
  'edit',
  'view',
  'export',
  'links',
  'worked',
  'narration',
] as const;
export type ControlGroup = (typeof controlGroups)[number];

const known = new Set<string>(controlGroups);

/** The names in a group list, from an attribute or query value: separated by spaces or commas. */
function groupNames(value: string | Iterable<string> | null | undefined): string[] {
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value ? [...value] : [];
}

/** Reads a group list from an attribute or query value; names that are no group are dropped. */
export function parseControlGroups(
  value: string | Iterable<string> | null | undefined,
): ReadonlySet<ControlGroup> {
  return new Set(groupNames(value).filter((name): name is ControlGroup => known.has(name)));
}

/** The names in group lists that are no control group (a typo most often), each once: to say so. */
export function unknownControlGroups(...values: (string | null | undefined)[]): string[] {
  return [...new Set(values.flatMap(groupNames).filter((name) => !known.has(name)))];
}

/** Which groups are visible and which usable, from the `hide` and `lock` options. */
export class ControlSet {
  readonly hidden: ReadonlySet<ControlGroup>;
  readonly locked: ReadonlySet<ControlGroup>;

  constructor(hide?: string | Iterable<string> | null, lock?: string | Iterable<string> | null) {
    this.hidden = parseControlGroups(hide);
    this.locked = parseControlGroups(lock);
  }

  shows(group: ControlGroup): boolean {
    return !this.hidden.has(group);
  }

  /** Shown and not locked: the user may operate it. */
  allows(group: ControlGroup): boolean {
    return this.shows(group) && !this.locked.has(group);
  }
}
