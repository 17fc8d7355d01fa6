/** One validation problem: where it is (a JSON path such as `kernels[0][1]`) and what was expected. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** The one-line form shared by the CLI's stderr and the widgets' error panel. */
export function formatIssue(issue: Issue): string {
  return `${issue.path || 'problem'}: ${issue.message}`;
}

/** A validated value, or every issue found in it (never just the first). */
export type Validated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Thrown only by callers that choose to (`solveOrThrow`): carries the issues, not a stack to read. */
export class ValidationError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ValidationError';
  }
}
