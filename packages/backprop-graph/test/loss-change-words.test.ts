import { backpropPresets } from '@dlviz/core';
import { expect, test } from 'vitest';
import { lossChangeWords } from '../src/loss-change-words.js';

const duke = backpropPresets.find((p) => p.id === 'duke-q9-leaky-mlp')!.problem;

test('nothing is said when only the loss changed', () => {
  expect(lossChangeWords(duke, { ...duke, loss: { type: 'mse', reduction: 'mean' } })).toBeUndefined();
});

test('a new output size under cross-entropy is the reader’s own change, not one to report', () => {
  expect(
    lossChangeWords(duke, { ...duke, loss: { type: 'crossEntropy' }, target: [1, 0, 0] }),
  ).toBeUndefined();
});

test('each change is said with what it was', () => {
  const clipped = {
    ...duke,
    loss: { type: 'bce' as const, positiveWeight: 1, negativeWeight: 1 },
    target: [1, 1],
  };
  expect(lossChangeWords(duke, clipped)).toBe(
    'The target is now [1, 1] (was [4, 1]): binary cross-entropy needs outputs and targets between 0 and 1.',
  );
});
