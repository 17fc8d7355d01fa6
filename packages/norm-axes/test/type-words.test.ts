import { expect, test } from 'vitest';
import { reductionText } from '../src/type-words.js';

test('each type names the axes it reduces and what keeps its own statistics', () => {
  expect(reductionText('batch', 'NCHW')).toBe('reduces N, H, W; one μ, σ² per C');
  expect(reductionText('rms', 'BTD')).toMatch(/^reduces D; one mean square per/);
});

test('instance norm on NC data says it reduces no axis instead of an empty list', () => {
  expect(reductionText('instance', 'NC')).toBe('reduces no axis; one μ, σ² per N × C, each value alone');
});
