import { describe, expect, it } from 'vitest';
import { counted, singular } from './count.js';

describe('counted', () => {
  it('writes the singular for exactly one', () => {
    expect(counted(1, 'update')).toBe('1 update');
    expect(counted(0, 'update')).toBe('0 updates');
    expect(counted(3, 'bias', 'biases')).toBe('3 biases');
  });
});

describe('singular', () => {
  it('drops the plural ending of the first word of the phrases messages use', () => {
    expect(singular('biases (one per row of weights)')).toBe('bias (one per row of weights)');
    expect(singular('values (one per output unit)')).toBe('value (one per output unit)');
    expect(
      ['channels', 'rows', 'columns', 'filters', 'examples', 'tokens', 'features'].map(singular),
    ).toEqual(['channel', 'row', 'column', 'filter', 'example', 'token', 'feature']);
  });
});
