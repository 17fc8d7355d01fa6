import { expect, test } from 'vitest';
import { lossText, targetLines } from '../src/node-texts.js';

test('the loss box shows six digits where they fit in its nine characters, else as many as fit', () => {
  expect(lossText(11.125)).toBe('11.125');
  expect(lossText(0.0026648812)).toBe('0.0026649');
  expect(lossText(3.85186e-32)).toBe('3.9×10⁻³²');
  expect(lossText(8.29904e-20)).toBe('8.3×10⁻²⁰');
  for (const loss of [123456.789, 0.000123456, 1e-300, 42])
    expect(lossText(loss).length).toBeLessThanOrEqual(9);
});

test('the target under the loss box takes four entries a line', () => {
  expect(targetLines([4, 1])).toEqual(['t = (4, 1)']);
  expect(targetLines([1, 0, 0, 1])).toEqual(['t = (1, 0, 0, 1)']);
  expect(targetLines([0.125, -0.25, 0.375, 0.5, -0.625, 0.75, 0.875, 1.125])).toEqual([
    't = (0.125, −0.25, 0.375, 0.5,',
    '−0.625, 0.75, 0.875, 1.125)',
  ]);
});
