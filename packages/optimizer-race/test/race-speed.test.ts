import { describe, expect, test } from 'vitest';
import { raceSpeedChoices } from '../src/race-speed.js';

describe('the speed menu', () => {
  test('says "update" for one per second, "updates" for more', () => {
    expect(raceSpeedChoices[0]).toEqual({ value: 1, label: '1 update/s' });
    expect(raceSpeedChoices[1]).toEqual({ value: 2, label: '2 updates/s' });
  });
});
