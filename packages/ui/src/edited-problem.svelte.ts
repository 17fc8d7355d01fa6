import type { Issue } from '@dlviz/core';

/** A problem as a widget reads it: validated, or the issues shown in place of the drawing. */
export interface ReadProblemResult<P> {
  readonly problem?: P;
  readonly issues: readonly Issue[];
}

/**
 * A widget's problem while the reader edits it. `current` is the problem read from the `problem`
 * prop until a change replaces it. `draft` is what the editors show: the last edit even when it made
 * the problem invalid (a one-hot target moved cell by cell sums to 2 in between), so it can be
 * finished where it was made. `lastValid` is the problem before the last change, for "Undo" in the
 * error panel, and `source` what was read, for its JSON editor. A new problem from the host starts
 * them all again.
 */
export class EditedProblem<P> {
  readonly #read: (source: unknown) => ReadProblemResult<P>;
  readonly #initial: ReadProblemResult<P>;
  current: ReadProblemResult<P>;
  /** What `current` was read from, valid or not: the prop's problem, or the last change. */
  source: unknown;
  draft: P | undefined;
  lastValid: P | undefined;

  constructor(read: (source: unknown) => ReadProblemResult<P>, source: () => unknown) {
    this.#read = read;
    this.#initial = $derived(read(source()));
    this.current = $derived(this.#initial);
    this.source = $derived(source());
    this.draft = $derived(this.#initial.problem);
    this.lastValid = $derived.by(() => (void this.#initial, undefined));
  }

  /**
   * Reads `next` (JSON or a problem) as the new problem. `edited` is the problem the editors made,
   * kept as the draft when `next` is invalid. Answers the valid problem, to report, or undefined.
   */
  change(next: unknown, edited?: P): P | undefined {
    if (this.current.problem) this.lastValid = this.current.problem;
    this.current = this.#read(next);
    this.source = next;
    this.draft = this.current.problem ?? edited;
    return this.current.problem;
  }
}
