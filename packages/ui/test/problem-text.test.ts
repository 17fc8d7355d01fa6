import { describe, expect, test } from 'vitest';
import { problemText } from '../src/problem-text.js';

describe('problemText', () => {
  test('keeps text as given and writes an object out', () => {
    expect(problemText('{"widget": "conv"')).toBe('{"widget": "conv"');
    expect(problemText({ widget: 'conv' })).toBe('{\n  "widget": "conv"\n}');
  });

  test('gives nothing for what JSON cannot write, rather than throwing', () => {
    const cycle: Record<string, unknown> = { widget: 'conv' };
    cycle.self = cycle;
    expect(problemText(cycle)).toBe('');
    expect(problemText({ steps: 1n })).toBe('');
    expect(problemText(undefined)).toBe('');
  });
});
