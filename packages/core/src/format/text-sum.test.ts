import { describe, expect, it } from 'vitest';
import { textSum } from './text-sum.js';

describe('textSum', () => {
  it('folds added negatives into subtraction, keeping the first term as it is', () => {
    expect(textSum(['−2', '0', '−4', '1.5'])).toBe('−2 + 0 − 4 + 1.5');
    expect(textSum(['3'])).toBe('3');
    expect(textSum([])).toBe('');
  });
  it('leaves terms that only contain a minus alone', () => {
    expect(textSum(['1', '(−2)·3', '…'])).toBe('1 + (−2)·3 + …');
  });
});
