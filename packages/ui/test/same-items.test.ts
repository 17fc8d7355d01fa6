import { describe, expect, test } from 'vitest';
import { keepingSame } from '../src/same-items.js';

describe('keepingSame', () => {
  test('keeps every array that holds the same items, at any depth, and replaces the rest', () => {
    let next: number[][][] = [[[1, 2]], [[3, 4]]];
    const read = keepingSame(() => next);
    const first = read();
    next = [[[1, 2]], [[3, 5]]];
    const second = read();
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second).toEqual(next);
    next = [[[1, 2]], [[3, 5]]];
    expect(read()).toBe(second);
  });

  test('lists of objects compare by identity; a new length or nothing replaces', () => {
    const a = { id: 1 };
    let next: readonly object[] | undefined = [a];
    const read = keepingSame(() => next);
    const first = read();
    next = [a];
    expect(read()).toBe(first);
    next = [a, { id: 2 }];
    expect(read()).toHaveLength(2);
    next = undefined;
    expect(read()).toBeUndefined();
  });
});
