import { describe, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import type { Validated } from '@dlviz/core';
import { EditedProblem, type EditedProblemOptions } from '../src/edited-problem.svelte.js';
import { nextSeed } from '../src/next-seed.js';

/** Problems are non-negative numbers; anything else is an issue. */
const check = (json: unknown): Validated<number> =>
  typeof json === 'number' && json >= 0
    ? { ok: true, value: json }
    : { ok: false, issues: [{ path: '', message: 'expected a number >= 0' }] };

const presets = [
  { id: 'one', problem: 1 },
  { id: 'nine', problem: 9 },
];

const edits = (given: () => unknown = () => 1, options: Partial<EditedProblemOptions<number, number>> = {}) =>
  new EditedProblem({ check, given, presets, ...options });

describe('EditedProblem', () => {
  test('a host that hands back the problem it was told about changes nothing', () => {
    let given = $state<unknown>(1);
    const cleanup = $effect.root(() => {
      const edited = edits(() => given, { onchange: (json) => (given = json) });
      const seed = nextSeed(edited.lastSeed);
      edited.change(-1, { edited: -1 });
      edited.change(7, { edited: 70, seed });
      expect([edited.current.problem, edited.draft, edited.seed, edited.canUndo]).toEqual([
        7,
        70,
        seed,
        true,
      ]);
      // The same problem again, as text from an attribute: still what the widget reported.
      given = '7';
      expect([edited.current.problem, edited.draft, edited.seed, edited.canUndo]).toEqual([
        7,
        70,
        seed,
        true,
      ]);
      // Another problem is one.
      given = 9;
      expect([edited.current.problem, edited.draft, edited.seed, edited.canUndo]).toEqual([
        9,
        9,
        undefined,
        false,
      ]);
    });
    cleanup();
  });

  test('a valid change replaces the problem and the draft, and is reported as JSON', () => {
    const onchange = vi.fn();
    const edited = edits(() => 1, { onchange });
    expect([edited.current.problem, edited.draft, edited.preset]).toEqual([1, 1, 'one']);
    expect(edited.change(2)).toBe(2);
    expect([edited.current.problem, edited.draft, edited.preset, edited.source]).toEqual([
      2,
      2,
      undefined,
      2,
    ]);
    expect(onchange).toHaveBeenLastCalledWith(2);
  });

  test('an invalid edit keeps what the editors made as the draft, is not reported, and can be undone', () => {
    const onchange = vi.fn();
    const edited = edits(() => 1, { onchange });
    expect(edited.canUndo).toBe(false);
    expect(edited.change(-3, { edited: -3 })).toBeUndefined();
    expect(edited.current.issues).toHaveLength(1);
    expect(edited.draft).toBe(-3);
    expect(onchange).not.toHaveBeenCalled();
    // A second invalid edit does not lose the problem to go back to, nor its preset.
    edited.change(-4, { edited: -4 });
    expect(edited.canUndo).toBe(true);
    edited.undo();
    expect([edited.current.problem, edited.draft, edited.preset]).toEqual([1, 1, 'one']);
    expect(onchange).toHaveBeenLastCalledWith(1);
  });

  test('undo restores the draft the editors had, not one made again from the problem', () => {
    const edited = new EditedProblem({
      check,
      given: () => 1,
      draftOf: (n: number) => ({ n, note: 'made' }),
    });
    edited.change(2, { edited: { n: 2, note: 'kept' } });
    edited.change(-1);
    expect(edited.draft).toBeUndefined();
    edited.undo();
    expect(edited.draft).toEqual({ n: 2, note: 'kept' });
  });

  test('text is parsed first: its JSON is kept, and text that is not JSON is an issue', () => {
    const edited = edits(() => '9');
    expect([edited.current.json, edited.current.problem, edited.preset, edited.source]).toEqual([
      9,
      9,
      'nine',
      '9',
    ]);
    edited.change('{"a":');
    expect(edited.current.json).toBeUndefined();
    expect(edited.current.issues[0]!.message).toMatch(/JSON/);
  });

  test('text that is not JSON is explained as dlviz solve explains it, then reported once', async () => {
    const onerror = vi.fn();
    const cleanup = $effect.root(() => {
      edits(() => '{"a": [1,', { onerror });
    });
    flushSync();
    // Said at once; where and why once the JSON reader has loaded, and only then to the host.
    expect(onerror).not.toHaveBeenCalled();
    await expect.poll(() => onerror.mock.calls.length).toBe(1);
    expect(onerror.mock.calls[0]![0]).toEqual([
      {
        path: '',
        message: 'not valid JSON at line 1, column 10: expected a value, found the end of the text',
      },
    ]);
    cleanup();
  });

  test('JSON applied from the error panel names its preset; a preset is loaded as a copy', () => {
    const edited = edits(() => -1);
    edited.applyText(' 9 ');
    expect(edited.current.problem).toBe(9);
    expect(edited.preset).toBe('nine');
    const objects = [{ id: 'box', problem: { n: 1 } }];
    const boxed = new EditedProblem({
      check: () => ({ ok: true, value: 0 }),
      given: () => 0,
      presets: objects,
    });
    expect(boxed.choosePreset('box')).toBe(true);
    expect(boxed.preset).toBe('box');
    expect(boxed.current.json).toEqual({ n: 1 });
    expect(boxed.current.json).not.toBe(objects[0]!.problem);
    expect(boxed.choosePreset('nothing')).toBe(false);
  });

  test('a change that only applies when valid: a drag that stops at the edge', () => {
    const edited = edits();
    expect(edited.changeIfValid(-2)).toBe(false);
    expect([edited.current.problem, edited.canUndo]).toEqual([1, false]);
    expect(edited.changeIfValid(2)).toBe(true);
    expect(edited.current.problem).toBe(2);
  });

  test('the last valid problem stands in while the one on screen is invalid', () => {
    const edited = edits();
    edited.change(3);
    expect(edited.lastValid).toBe(3);
    edited.change(-1);
    edited.change(-2);
    expect(edited.lastValid).toBe(3);
  });

  test('JSON text that is not a valid problem leaves the editors as they were', () => {
    const edited = edits();
    edited.change(-5, { edited: -5 });
    edited.applyText('{');
    expect(edited.draft).toBe(-5);
  });

  test('a gesture is reported at its end only', () => {
    const onchange = vi.fn();
    const edited = edits(() => 1, { onchange });
    edited.change(2, { report: false });
    edited.change(3, { report: false });
    expect(onchange).not.toHaveBeenCalled();
    edited.report();
    expect(onchange).toHaveBeenCalledExactlyOnceWith(3);
  });

  test('a random draw shows its seed while it is on screen, and each draw takes a new seed', () => {
    const edited = edits();
    const draw = () => {
      const seed = nextSeed(edited.lastSeed);
      edited.change(seed * 10, { seed });
    };
    draw();
    expect([edited.seed, edited.current.problem]).toEqual([1, 10]);
    draw();
    expect(edited.seed).toBe(nextSeed(1));
    edited.change(4);
    expect(edited.seed).toBeUndefined();
    expect(edited.lastSeed).toBe(nextSeed(1));
  });

  test('a new problem from the host starts everything again; its issues are reported', () => {
    let given = $state<unknown>(1);
    const onerror = vi.fn();
    const cleanup = $effect.root(() => {
      const edited = edits(() => given, { onerror });
      edited.change(-3, { edited: -3 });
      flushSync();
      expect(onerror).toHaveBeenCalledTimes(1);
      given = 9;
      expect([edited.current.problem, edited.draft, edited.canUndo, edited.preset]).toEqual([
        9,
        9,
        false,
        'nine',
      ]);
      given = -1;
      flushSync();
      expect(onerror).toHaveBeenCalledTimes(2);
    });
    cleanup();
  });
});
