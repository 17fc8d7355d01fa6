import { describe, expect, test } from 'vitest';
import { readViewOption, viewOptionText } from '../src/view-option.js';

describe('the view option', () => {
  test('writes what differs from the default, and reads it back', () => {
    expect(viewOptionText({ output: false })).toBeUndefined();
    expect(viewOptionText({ output: true })).toBe('output');
    expect(viewOptionText({ output: false, cell: 0 })).toBe('cell:0');
    expect(viewOptionText({ output: true, cell: 5 })).toBe('output,cell:5');
    expect(readViewOption('output')).toEqual({ output: true });
    expect(readViewOption('cell:0')).toEqual({ output: false, cell: 0 });
    expect(readViewOption('output,cell:5')).toEqual({ output: true, cell: 5 });
    // The parts in any order, with spaces around them.
    expect(readViewOption(' cell:12 , output')).toEqual({ output: true, cell: 12 });
    expect(viewOptionText({ output: true, cell: 5, by: 'example' })).toBe('output,cell:5,by:example');
    expect(readViewOption('by:channel')).toEqual({ output: false, by: 'channel' });
    for (const view of [
      { output: true, cell: 7 },
      { output: false, cell: 3 },
      { output: true },
      { output: false, by: 'example' as const },
    ])
      expect(readViewOption(viewOptionText(view))).toEqual(view);
  });

  test('leaves what it does not understand at the default', () => {
    expect(readViewOption(undefined)).toEqual({ output: false });
    expect(readViewOption('')).toEqual({ output: false });
    expect(readViewOption('outputs,input')).toEqual({ output: false });
    for (const cell of ['cell:-1', 'cell:1.5', 'cell:', 'cell:1e1', 'cell:x', 'cell:1:2', 'cell'])
      expect(readViewOption(cell), cell).toEqual({ output: false });
    for (const by of ['by:', 'by:token', 'by:Example', 'by'])
      expect(readViewOption(by), by).toEqual({ output: false });
    // What it understands is kept beside what it does not.
    expect(readViewOption('output,cell:two')).toEqual({ output: true });
  });
});
