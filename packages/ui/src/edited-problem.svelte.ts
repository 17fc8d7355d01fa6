import type { Issue, Validated } from '@dlviz/core';
import { presetMatching } from './preset-matching.js';
import { sameJson } from './same-json.js';

/**
 * A problem as read: its JSON (undefined when the text is not JSON) and the problem the widget draws,
 * or the issues shown instead.
 */
export interface ReadProblem<P> {
  readonly json: unknown;
  readonly problem?: P;
  readonly issues: readonly Issue[];
  /** Text that is not JSON, its line, column and reason still being worked out (see `#unreadable`). */
  readonly explaining?: boolean;
}

export interface EditedProblemOptions<P, D> {
  /** The widget's check of a parsed problem: the core's validation of its kind, and its own limits. */
  check: (json: unknown) => Validated<P>;
  /** The `problem` prop, an object or JSON text, read reactively. */
  given: () => unknown;
  /** The widget's presets: a given problem that is one of them is named in the menu. */
  presets?: readonly { readonly id: string; readonly problem: unknown }[];
  /** The editors' state for a valid problem; the problem itself when left out. */
  draftOf?: (problem: P) => D;
  /** Tells the host about each new valid problem, as the problem format's JSON. */
  onchange?: (json: unknown) => void;
  /** Tells the host about the issues of a problem it cannot show. */
  onerror?: (issues: readonly Issue[]) => void;
}

export interface ChangeOptions<D> {
  /** What the editors made: their draft even when the problem is invalid, to be fixed where it was made. */
  edited?: D;
  /** The preset the change loads, if it is one. */
  preset?: string;
  /** False while a gesture goes on (a drag): the host hears of its end only. */
  report?: boolean;
  /** The seed a random draw made the problem from (see `nextSeed`), shown while it is on screen. */
  seed?: number;
}

/** What a widget shows of its problem at one moment; each change makes a new one. */
interface Shown<P, D> {
  readonly read: ReadProblem<P>;
  readonly source: unknown;
  readonly draft: D | undefined;
  readonly preset: string | undefined;
  /** The seed Random drew this problem from, if it did. */
  readonly seed?: number;
  /** The last valid one before it (whose own is left out, so edits do not pile up). */
  readonly lastValid?: Shown<P, D>;
}

/**
 * A widget's problem while the reader edits it. `current` is the problem read from the `problem`
 * prop until a change replaces it; `source` is what it was read from, for the error panel's JSON
 * editor; `draft` is what the editors show: the last edit even when it made the problem invalid (a
 * one-hot target moved cell by cell sums to 2 in between), so it can be finished where it was made.
 * `preset` names the preset on screen, and `seed` the random draw's while that draw is. A new
 * problem from the host starts them all again; the problem the widget reported, handed back by a
 * host that stores it, does not.
 */
export class EditedProblem<P, D = P> {
  readonly #options: EditedProblemOptions<P, D>;
  /** What the host gave, as shown: a new one only when the host gives a problem other than the one reported. */
  #given: Shown<P, D>;
  #shown: Shown<P, D>;
  /** The JSON last reported to the host. */
  #told: unknown;
  #lastSeed = $state<number>();

  constructor(options: EditedProblemOptions<P, D>) {
    this.#options = options;
    let taken: Shown<P, D> | undefined;
    this.#given = $derived.by(() => {
      const source = options.given();
      const read = this.#read(source);
      // What the widget told the host, handed back: the same derived value, so nothing starts again.
      if (taken && this.#told !== undefined && sameJson(read.json, this.#told)) return taken;
      const preset = options.presets && presetMatching(options.presets, read.json);
      return (taken = { read, source, draft: this.#draftOf(read), preset });
    });
    this.#shown = $derived(this.#given);
    const { onerror } = options;
    if (onerror)
      $effect(() => {
        // Telling the host about a problem it cannot show is a side effect by nature.
        const { issues, explaining } = this.current;
        if (issues.length > 0 && !explaining) onerror(issues);
      });
  }

  /** What the host gave: it changes only when the host gives a problem other than the one reported. */
  get given(): unknown {
    return this.#given;
  }
  get current(): ReadProblem<P> {
    return this.#shown.read;
  }
  get source(): unknown {
    return this.#shown.source;
  }
  get draft(): D | undefined {
    return this.#shown.draft;
  }
  get preset(): string | undefined {
    return this.#shown.preset;
  }
  /** The seed the problem on screen was drawn from, if Random drew it. */
  get seed(): number | undefined {
    return this.#shown.seed;
  }
  /** The seed of the last random draw, on screen or not: what the next draw, and further values, start from. */
  get lastSeed(): number | undefined {
    return this.#lastSeed;
  }
  /** The problem on screen if it is valid, else the last valid one: what settings shaped by it go by. */
  get lastValid(): P | undefined {
    return this.current.problem ?? this.#shown.lastValid?.read.problem;
  }
  /** Whether there is a valid problem to go back to (see `undo`). */
  get canUndo(): boolean {
    return this.#shown.lastValid !== undefined;
  }

  /**
   * Reads `next` (JSON text or a problem) as the new problem, and reports it when it is valid.
   * Answers the valid problem, or undefined.
   */
  change(next: unknown, options?: ChangeOptions<D>): P | undefined {
    return this.#apply(next, this.#read(next), options);
  }

  /** Like `change` when `next` is valid; otherwise leaves the problem as it is. Answers whether it changed. */
  changeIfValid(next: unknown, options?: ChangeOptions<D>): boolean {
    const read = this.#read(next);
    if (read.problem !== undefined) this.#apply(next, read, options);
    return read.problem !== undefined;
  }

  /** Tells the host about the problem on screen, if it is valid (e.g. at the end of a gesture). */
  report(): void {
    if (this.current.problem === undefined) return;
    this.#told = this.current.json;
    this.#options.onchange?.(this.#told);
  }

  /** JSON typed in the error panel: read like any change, the preset named if it is one. */
  applyText(text: string): void {
    const read = this.#read(text);
    const presets = this.#options.presets;
    this.#apply(text, read, {
      // Text that is not a valid problem leaves the editors as they were.
      edited: read.problem === undefined ? this.draft : undefined,
      preset: presets && presetMatching(presets, read.json),
    });
  }

  /** Loads the preset `id`; answers whether there is one. */
  choosePreset(id: string): boolean {
    const chosen = this.#options.presets?.find((p) => p.id === id);
    // A copy, so that nothing done to the problem on screen can reach the preset.
    if (chosen) this.change(structuredClone(chosen.problem), { preset: id });
    return chosen !== undefined;
  }

  /** Goes back to the last valid problem, as the editors had it. */
  undo(): void {
    const last = this.#shown.lastValid;
    if (!last) return;
    this.#shown = last;
    this.report();
  }

  #apply(
    next: unknown,
    read: ReadProblem<P>,
    { edited, preset, report = true, seed }: ChangeOptions<D> = {},
  ) {
    const shown = this.#shown;
    if (seed !== undefined) this.#lastSeed = seed;
    this.#shown = {
      read,
      source: next,
      draft: edited ?? this.#draftOf(read),
      preset,
      seed,
      lastValid: shown.read.problem === undefined ? shown.lastValid : { ...shown, lastValid: undefined },
    };
    if (report) this.report();
    return read.problem;
  }

  #read(source: unknown): ReadProblem<P> {
    if (typeof source !== 'string') return this.#check(source);
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch {
      return this.#unreadable(source);
    }
    return this.#check(json);
  }

  #check(json: unknown): ReadProblem<P> {
    const checked = this.#options.check(json);
    return checked.ok ? { json, problem: checked.value, issues: [] } : { json, issues: checked.issues };
  }

  /**
   * Text that is not JSON. It says so at once, then where and why (the line, column and reason
   * `dlviz solve` prints) once the core's JSON reader is loaded: only broken text needs it, so it
   * loads on demand. The host hears of the issues then.
   */
  #unreadable(text: string): ReadProblem<P> {
    const read: ReadProblem<P> = {
      json: undefined,
      issues: [{ path: '', message: 'not valid JSON' }],
      explaining: true,
    };
    import('@dlviz/core/json')
      .then(({ parseJson }) => {
        const parsed = parseJson(text);
        return parsed.ok ? read.issues : parsed.issues;
      })
      // Offline, say what is known.
      .catch(() => read.issues)
      .then((issues) => {
        if (this.#shown.read === read) this.#shown = { ...this.#shown, read: { json: undefined, issues } };
      });
    return read;
  }

  #draftOf(read: ReadProblem<P>): D | undefined {
    const { problem } = read;
    if (problem === undefined) return undefined;
    return this.#options.draftOf ? this.#options.draftOf(problem) : (problem as unknown as D);
  }
}
