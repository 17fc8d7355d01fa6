import { describe, expect, test } from 'vitest';
import { readViewOption, viewOptionText } from '../src/view-option.js';

describe('the view option', () => {
  test('writes what is on screen, and reads it back', () => {
    const weight = { layer: 0, kind: 'weight', row: 1, column: 0 } as const;
    const bias = { layer: 1, kind: 'bias', row: 0 } as const;
    expect(viewOptionText('neurons', undefined)).toBeUndefined();
    expect(viewOptionText('graph', undefined)).toBe('graph');
    expect(viewOptionText('graph', weight)).toBe('graph,W[0][1][0]');
    expect(viewOptionText('neurons', bias)).toBe('neurons,b[1][0]');
    expect(readViewOption('graph,W[0][1][0]')).toEqual({ view: 'graph', parameter: weight });
    expect(readViewOption('neurons,b[1][0]')).toEqual({ view: 'neurons', parameter: bias });
    expect(readViewOption('graph')).toEqual({ view: 'graph' });
  });

  test('leaves what it does not understand at the default', () => {
    expect(readViewOption(undefined)).toEqual({ view: 'neurons' });
    expect(readViewOption('sideways,W[x]')).toEqual({ view: 'neurons' });
    expect(readViewOption('')).toEqual({ view: 'neurons' });
  });
});
