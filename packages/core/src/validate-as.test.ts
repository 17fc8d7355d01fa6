import { describe, expect, it } from 'vitest';
import { backpropKind } from './backprop/kind.js';
import { normKind } from './norm/kind.js';
import { validateAs } from './validate-as.js';
import { validateValueAs } from './validate-kinds.js';

const norm = { widget: 'norm', input: [[1, 2]], type: 'layer' };

describe('validateAs', () => {
  it('accepts its own problem type as an object or as JSON text', () => {
    expect(validateAs(normKind, norm).ok).toBe(true);
    expect(validateAs(normKind, JSON.stringify(norm)).ok).toBe(true);
  });

  it("refuses another type's problem, naming the one it expects", () => {
    expect(validateAs(backpropKind, norm)).toEqual({
      ok: false,
      issues: [{ path: 'widget', message: 'expected one of "backprop", got the string "norm"' }],
    });
  });

  it('names the type a problem without its widget key needs, as any required key is named', () => {
    expect(validateAs(normKind, { input: [[1, 2]], type: 'layer' })).toEqual({
      ok: false,
      issues: [{ path: 'widget', message: 'required, one of "norm"' }],
    });
    // An absent normalization type reads the same way, with its choices.
    const typeless = validateAs(normKind, { widget: 'norm', input: [[1, 2]] });
    expect(!typeless.ok && typeless.issues).toEqual([
      { path: 'type', message: 'required, one of "batch", "layer", "instance", "group", "rms"' },
    ]);
  });

  it('reports JSON syntax errors with line and column, and non-objects', () => {
    const text = validateAs(normKind, '{"widget": "norm",}');
    expect(!text.ok && text.issues[0]!.message).toMatch(/^not valid JSON at line 1, column 19/);
    expect(validateAs(normKind, [1])).toEqual({
      ok: false,
      issues: [{ path: '', message: 'expected an object, got an array of 1' }],
    });
  });
});

describe('validateValueAs', () => {
  it('validates parsed JSON only: text is a string, not a problem', () => {
    expect(validateValueAs(normKind, norm).ok).toBe(true);
    expect(validateValueAs(normKind, JSON.stringify(norm))).toEqual({
      ok: false,
      issues: [{ path: '', message: expect.stringMatching(/^expected an object, got the string/) }],
    });
  });
});
