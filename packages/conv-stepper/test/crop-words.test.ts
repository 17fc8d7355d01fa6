import { expect, test } from 'vitest';
import { cropWords } from '../src/crop-words.js';

test('padding crops the start; output padding gives back rows at the end', () => {
  expect(cropWords('rows', { padding: 1, outputPadding: 1 })).toBe(
    '1 row cropped at the top (padding 1), 0 at the bottom (padding 1 − output padding 1)',
  );
  expect(cropWords('columns', { padding: 2, outputPadding: 0 })).toBe(
    '2 columns cropped at the left (padding 2), 2 at the right (padding 2)',
  );
});

test('an axis with neither padding nor output padding has nothing to say', () => {
  expect(cropWords('columns', { padding: 0, outputPadding: 0 })).toBeUndefined();
});

test('output padding beyond the padding runs past the canvas', () => {
  expect(cropWords('rows', { padding: 0, outputPadding: 1 })).toBe(
    '0 rows cropped at the top (padding 0), none at the bottom, where output padding 1 adds 1 row past the canvas that only the bias reaches',
  );
});
