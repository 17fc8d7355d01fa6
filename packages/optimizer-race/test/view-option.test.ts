import type { ViewBox } from '@dlviz/core';
import { describe, expect, test } from 'vitest';
import { readViewOption, viewOptionText } from '../src/view-option.js';
import { panned, zoomed } from '../src/view-box.js';

const fitted = { optimizer: 0, logLoss: false } as const;

describe('the view option', () => {
  test('writes what differs from the default, and reads it back', () => {
    const box: ViewBox = [-2, 2, -1, 3];
    expect(viewOptionText(fitted)).toBeUndefined();
    expect(viewOptionText({ box, optimizer: 1, logLoss: true })).toBe('box:-2:2:-1:3,optimizer:1,log');
    expect(viewOptionText({ optimizer: 2, logLoss: false })).toBe('optimizer:2');
    expect(viewOptionText({ optimizer: 0, logLoss: true })).toBe('log');
    expect(readViewOption('box:-2:2:-1:3,optimizer:1,log')).toEqual({ box, optimizer: 1, logLoss: true });
    // The parts in any order, with spaces around them.
    expect(readViewOption(' log , optimizer:3')).toEqual({ optimizer: 3, logLoss: true });
  });

  test('a zoomed or panned box is written without float noise, and reads back to 12 significant digits', () => {
    const noisy = { box: panned([-1.4, 1.4, -1, 1], -0.7, 0), optimizer: 0, logLoss: false };
    expect(String(noisy.box[0])).toBe('-2.0999999999999996');
    expect(viewOptionText(noisy)).toBe('box:-2.1:0.7:-1:1');
    const boxes: ViewBox[] = [
      zoomed([-5.5, 5.5, -3, 3], 0.7, 0.1, 0.2),
      panned(zoomed([-1, 1, -1, 1], 1 / 0.7), 1 / 3, -0.1 - 0.2),
      // Sides so small that String writes them with an exponent, and large ones.
      [1e-7, 2.5e-7, -1.5e11, 1e12 / 3 - 1.5e11],
    ];
    for (const box of boxes) {
      const read = readViewOption(viewOptionText({ box, optimizer: 4, logLoss: false }));
      expect(read.optimizer).toBe(4);
      read.box!.forEach((side, i) =>
        expect(Math.abs(side - box[i]!)).toBeLessThanOrEqual(5e-12 * Math.abs(box[i]!)),
      );
    }
  });

  test('leaves what it does not understand at the default', () => {
    expect(readViewOption(undefined)).toEqual(fitted);
    expect(readViewOption('')).toEqual(fitted);
    expect(readViewOption('sideways,logs,log:1,racer:1')).toEqual(fitted);
    // Boxes that cannot be drawn: not numbers, missing or empty sides, empty or reversed ranges,
    // infinite or too wide.
    for (const box of [
      'box:a:1:0:1',
      'box:0:1:0',
      'box:0:1::1',
      'box:0:0:0:1',
      'box:1:0:0:1',
      'box:0:Infinity:0:1',
      'box:NaN:1:0:1',
      'box:0:1e13:0:1',
      'box:0:1:0:1:2',
    ])
      expect(readViewOption(box), box).toEqual(fitted);
    // An optimizer index is a whole number written plainly.
    for (const optimizer of ['optimizer:-1', 'optimizer:1.5', 'optimizer:', 'optimizer:1e1', 'optimizer:x'])
      expect(readViewOption(optimizer), optimizer).toEqual(fitted);
    // What it understands is kept beside what it does not.
    expect(readViewOption('box:0:1:0,optimizer:2')).toEqual({ optimizer: 2, logLoss: false });
  });
});
