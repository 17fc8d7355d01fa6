import { describe, expect, test } from 'vitest';
import { presetMatching } from '../src/preset-matching.js';

const presets = [
  { id: 'a', problem: { widget: 'norm', input: [[1, 2]], type: 'batch' } },
  { id: 'b', problem: { widget: 'norm', input: [[1, 2]], type: 'layer' } },
];

describe('presetMatching', () => {
  test('finds the preset of an object or of JSON text, however the text is spaced', () => {
    expect(presetMatching(presets, { widget: 'norm', input: [[1, 2]], type: 'layer' })).toBe('b');
    expect(presetMatching(presets, '{ "widget": "norm",\n "input": [[1, 2]], "type": "batch" }')).toBe('a');
    expect(presetMatching(presets, { type: 'layer', input: [[1, 2]], widget: 'norm' })).toBe('b');
  });

  test('a changed problem, text that is not JSON, or nothing matches none', () => {
    expect(presetMatching(presets, { widget: 'norm', input: [[1, 3]], type: 'layer' })).toBeUndefined();
    expect(presetMatching(presets, '{ not json')).toBeUndefined();
    expect(presetMatching(presets, undefined)).toBeUndefined();
    expect(
      presetMatching(presets, { widget: 'norm', input: [[1, 2]], type: 'layer', eps: 1 }),
    ).toBeUndefined();
    expect(presetMatching(presets, { widget: 'norm', input: [[1, 2, 3]], type: 'layer' })).toBeUndefined();
  });
});
