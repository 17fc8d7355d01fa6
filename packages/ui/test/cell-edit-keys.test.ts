import { expect, test } from 'vitest';
import { editRequest } from '../src/cell-edit-keys.js';

const key = (key: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key, ...init });

test('Enter and F2 edit the value; a digit, sign or point starts editing with it typed', () => {
  expect(editRequest(key('Enter'))).toEqual({});
  expect(editRequest(key('F2'))).toEqual({});
  for (const typed of ['0', '7', '.', '-', '+', '−']) expect(editRequest(key(typed))).toEqual({ typed });
});

test('other keys and shortcuts ask for nothing', () => {
  for (const other of ['x', 'e', ' ', 'Tab', 'ArrowLeft', 'Escape'])
    expect(editRequest(key(other))).toBeUndefined();
  expect(editRequest(key('1', { ctrlKey: true }))).toBeUndefined();
  expect(editRequest(key('2', { metaKey: true }))).toBeUndefined();
  expect(editRequest(key('3', { altKey: true }))).toBeUndefined();
});
