/**
 * One key of the problem format as the format page lists it: its name, what it holds, whether it
 * must be given (and what it is when left out), and what it means. The page's test checks each list
 * against the keys the validator knows, so a key added to or dropped from @dlviz/core cannot go
 * unlisted.
 */
export interface KeyDoc {
  readonly key: string;
  /** The JSON it holds, e.g. `number[C][H][W]` or `int ≥ 1, or [rows, columns]`. */
  readonly holds: string;
  /** Whether it must be given, as the page shows it: "required", "optional", "default 1". */
  readonly when: string;
  readonly meaning: string;
}

/** The `widget` key every problem starts with. */
export const widgetKey = (type: string, what: string): KeyDoc => ({
  key: 'widget',
  holds: `"${type}"`,
  when: 'required',
  meaning: `Picks ${what}.`,
});
