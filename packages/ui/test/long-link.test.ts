import { expect, test } from 'vitest';
import { LONG_LINK, longLinkNote } from '../src/long-link.js';

test('a link up to the common cap needs no note', () => {
  expect(longLinkNote('https://example.org/embed/?problem=' + 'x'.repeat(100))).toBeUndefined();
  expect(longLinkNote('x'.repeat(LONG_LINK))).toBeUndefined();
});

test('a longer one says how long, the cap, and what carries the problem instead', () => {
  expect(longLinkNote('x'.repeat(68348))).toBe(
    'it is 68,348 characters long, and many sites cut links over 8,000: the custom element or Svelte code carries the problem without a link',
  );
});
