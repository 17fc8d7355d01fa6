import { describe, expect, test } from 'vitest';
import { EditedProblem, type ReadProblemResult } from '../src/edited-problem.svelte.js';

/** Problems are non-negative numbers; anything else is an issue. */
const read = (source: unknown): ReadProblemResult<number> =>
  typeof source === 'number' && source >= 0
    ? { problem: source, issues: [] }
    : { issues: [{ path: '', message: 'expected a number >= 0' }] };

describe('EditedProblem', () => {
  test('a valid change replaces the problem and the draft, and remembers the one before', () => {
    const edited = new EditedProblem(read, () => 1);
    expect([edited.current.problem, edited.draft, edited.lastValid]).toEqual([1, 1, undefined]);
    expect(edited.change(2)).toBe(2);
    expect([edited.current.problem, edited.draft, edited.lastValid]).toEqual([2, 2, 1]);
  });

  test('an invalid edit keeps what the editors made as the draft, and the last valid problem', () => {
    const edited = new EditedProblem(read, () => 1);
    expect(edited.change(-3, -3)).toBeUndefined();
    expect(edited.current.issues).toHaveLength(1);
    expect([edited.draft, edited.lastValid]).toEqual([-3, 1]);
    // A second invalid edit does not lose the problem to undo to.
    edited.change(-4, -4);
    expect([edited.draft, edited.lastValid]).toEqual([-4, 1]);
  });

  test('a new problem from the host starts everything again', () => {
    let source = $state<unknown>(1);
    const cleanup = $effect.root(() => {
      const edited = new EditedProblem(read, () => source);
      edited.change(-3, -3);
      source = 5;
      expect([edited.current.problem, edited.draft, edited.lastValid]).toEqual([5, 5, undefined]);
    });
    cleanup();
  });
});
