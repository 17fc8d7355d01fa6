import { describe, expect, test } from 'vitest';
import { cellLook, statesOf } from '../src/cell-look.js';
import { cellText } from '../src/cell-text.js';
import { withShownNumber } from '../src/cell-views.js';
import { ControlSet, parseControlGroups, unknownControlGroups } from '../src/controls.js';
import { moveInGrid } from '../src/grid-navigation.js';
import { nudge, parseNumber } from '../src/parse-number.js';
import { closeEnough } from '../src/predict.js';

describe('parseNumber', () => {
  test.each([
    ['3', 3],
    [' -2.5 ', -2.5],
    ['−4', -4],
    ['.5', 0.5],
    ['1e-3', 0.001],
    ['-0', 0],
  ])('reads %j', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  test.each(['', 'abc', '1,5', '--1', '1e', 'Infinity', '1e999'])('rejects %j with a message', (text) => {
    const result = parseNumber(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });

  test('enforces a range', () => {
    expect(parseNumber('-1', { min: 0 })).toEqual({ ok: false, message: 'Must be at least 0' });
    expect(parseNumber('11', { max: 10 })).toEqual({ ok: false, message: 'Must be at most 10' });
  });

  test('refuses a number its check words a message for, after the range', () => {
    const check = (value: number) => (value === 2 ? 'Must not be 2' : undefined);
    expect(parseNumber('2', { check })).toEqual({ ok: false, message: 'Must not be 2' });
    expect(parseNumber('3', { check })).toEqual({ ok: true, value: 3 });
    expect(parseNumber('2', { max: 1, check })).toEqual({ ok: false, message: 'Must be at most 1' });
  });

  test('refuses a fraction where a count is wanted', () => {
    expect(parseNumber('2.5', { integer: true })).toEqual({ ok: false, message: 'Must be a whole number' });
    expect(parseNumber('3', { integer: true })).toEqual({ ok: true, value: 3 });
  });

  test('nudge has no binary noise', () => {
    expect(nudge(0.1, 0.2)).toBe(0.3);
    expect(nudge(1, -0.1)).toBe(0.9);
  });
});

test('closeEnough is relative to the answer, however small, with 0 right for float noise', () => {
  expect(closeEnough(0.73, 0.7311)).toBe(true);
  expect(closeEnough(0.7, 0.73)).toBe(false);
  expect(closeEnough(101, 100)).toBe(true);
  expect(closeEnough(102, 100)).toBe(false);
  // A vanishing gradient: its digits and sign are asked for, not just "about 0".
  expect(closeEnough(5.94e-7, 5.94386e-7)).toBe(true);
  for (const wrong of [0, -0.009, 0.0099, -5.94e-7]) expect(closeEnough(wrong, 5.94386e-7)).toBe(false);
  expect(closeEnough(0.005, -0.005)).toBe(false);
  expect(closeEnough(0, 0)).toBe(true);
  expect(closeEnough(0, 1.3e-17)).toBe(true);
  expect(closeEnough(0.009, 0)).toBe(false);
});

test('control groups parse from attribute text and unknown names are dropped', () => {
  expect([...parseControlGroups('export, links  presets typo')]).toEqual(['export', 'links', 'presets']);
  const controls = new ControlSet('export', ['edit']);
  expect(controls.shows('export')).toBe(false);
  expect(controls.shows('edit')).toBe(true);
  expect(controls.allows('edit')).toBe(false);
  expect(controls.allows('steps')).toBe(true);
});

test('the names in group lists that are no group are found, each once, for a link to say so', () => {
  expect(unknownControlGroups('export, typo  links', 'typo,exprot', null, undefined, '')).toEqual([
    'typo',
    'exprot',
  ]);
});

test('moveInGrid follows the ARIA grid keys and stays inside', () => {
  const at = { row: 1, col: 1 };
  expect(moveInGrid(at, 'ArrowUp', false, 3, 4)).toEqual({ row: 0, col: 1 });
  expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', false, 3, 4)).toEqual({ row: 0, col: 0 });
  expect(moveInGrid(at, 'End', false, 3, 4)).toEqual({ row: 1, col: 3 });
  expect(moveInGrid(at, 'End', true, 3, 4)).toEqual({ row: 2, col: 3 });
  expect(moveInGrid(at, 'Home', true, 3, 4)).toEqual({ row: 0, col: 0 });
  expect(moveInGrid(at, 'PageDown', false, 3, 4)).toEqual({ row: 2, col: 1 });
  expect(moveInGrid(at, 'x', false, 3, 4)).toBeUndefined();
});

test('every cell state differs from plain by more than its fill', () => {
  const plain = cellLook([]);
  for (const state of ['window', 'padding', 'active', 'argmax', 'influenced', 'muted'] as const) {
    const look = cellLook([state]);
    const { fill: _fill, ...cues } = look;
    const { fill: _plainFill, ...plainCues } = plain;
    expect(cues, state).not.toEqual(plainCues);
  }
  expect(cellLook(['padding', 'window']).dash).toBe('3 3');
  expect(statesOf('active')).toEqual(['active']);
  expect(statesOf(undefined)).toEqual([]);
});

test('a cell shows one more digit when that writes its number exactly', () => {
  expect(cellText(1.125, 3)).toBe('1.125');
  expect(cellText(-0.875, 3)).toBe('−0.875');
  expect(cellText(1 / 3, 3)).toBe('0.333');
  expect(cellText(2.0625, 3)).toBe('2.06');
  expect(cellText(0.1 + 0.2, 3)).toBe('0.3');
  expect(cellText(4, 3)).toBe('4');
  // Large numbers keep their integer part or take an exponent, never zeros they do not have.
  expect(cellText(1234, 3)).toBe('1234');
  expect(cellText(12345.6, 3)).toBe('12346');
  expect(cellText(-12000, 3)).toBe('−12000');
  expect(cellText(1234567.8, 3)).toBe('1.23×10⁶');
});

test('a cell named with more digits than it shows names the shown number first (label in name)', () => {
  expect(withShownNumber('W[0][0][0]: −0.30873', '−0.309', -0.30873)).toBe(
    'W[0][0][0]: −0.309 (exactly −0.30873)',
  );
  expect(withShownNumber('Row 0, column 1: 1.125 (in the window)', '1.125', 1.125)).toBe(
    'Row 0, column 1: 1.125 (in the window)',
  );
  // A name that words the value its own way still ends with what the cell shows.
  expect(withShownNumber('Output 2 of 4', '0.333', 1 / 3)).toBe('Output 2 of 4, shown as 0.333');
  // The shown number as the start of a longer one is not in the name.
  expect(withShownNumber('W[0][1][0]: 0.680191', '0.68', 0.680191)).toBe(
    'W[0][1][0]: 0.68 (exactly 0.680191)',
  );
  // Six digits that round the value too are not called exact.
  expect(withShownNumber('x: 1.23457×10⁶', '1.23×10⁶', 1234567.89)).toBe(
    'x: 1.23×10⁶ (more precisely 1.23457×10⁶)',
  );
  expect(withShownNumber('', '0', 0)).toBe('');
  // A whole word anywhere counts: at the start, or at the end after a longer number starting alike.
  expect(withShownNumber('2 (current)', '2', 2)).toBe('2 (current)');
  expect(withShownNumber('Tap (0, 1): 20 times 2', '2', 2)).toBe('Tap (0, 1): 20 times 2');
  // Past a first match that is not a whole word, and between brackets or after a semicolon.
  expect(withShownNumber('z 0.680191; shown 0.68', '0.68', 0.680191)).toBe('z 0.680191; shown 0.68');
  expect(withShownNumber('x (0.5)', '0.5', 0.5)).toBe('x (0.5)');
  expect(withShownNumber('x;0.5;y', '0.5', 0.5)).toBe('x;0.5;y');
});
