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

/** Reads a group list from an attribute or query value: names separated by spaces or commas. */
export function parseControlGroups(
  value: string | Iterable<string> | null | undefined,
): ReadonlySet<ControlGroup> {
  const names = typeof value === 'string' ? value.split(/[\s,]+/) : value ? [...value] : [];
  return new Set(names.filter((name): name is ControlGroup => known.has(name)));
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
