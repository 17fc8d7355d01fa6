import { describe, expect, test } from 'vitest';
import { editableJson } from '../src/editable-json.js';

describe('editableJson', () => {
  test('keeps JSON nested as the settings need, valid or not', () => {
    // Kernels larger than the input: refused by the validator, fixed by editing the sizes.
    const tooLarge = {
      widget: 'conv',
      input: [[[1]]],
      kernels: [
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
      ],
    };
    expect(editableJson(tooLarge)).toBe(tooLarge);
  });

  test('gives up on JSON the settings cannot show', () => {
    for (const json of [
      undefined,
      null,
      3,
      'conv',
      {},
      { input: [[1]], kernels: [[[[1]]]] },
      { input: [[[1]]], kernels: [] },
    ])
      expect(editableJson(json)).toBeUndefined();
  });
});
