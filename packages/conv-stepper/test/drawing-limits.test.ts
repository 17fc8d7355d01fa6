import { convGeometry, validate, type ConvProblem } from '@dlviz/core';
import { expect, test } from 'vitest';
import { filtersLeftOut } from '../src/drawing-limits.js';

const withFilters = (count: number) => {
  const checked = validate({
    widget: 'conv',
    input: [
      [
        [1, 2],
        [3, 4],
      ],
    ],
    kernels: Array.from({ length: count }, () => [[[1]]]),
  });
  return convGeometry((checked.ok ? checked.value : undefined) as ConvProblem);
};

test('the filters left out of the drawing are named, in the singular for one', () => {
  expect(filtersLeftOut(withFilters(8))).toBeUndefined();
  expect(filtersLeftOut(withFilters(9))).toContain("filter 8 of this layer's 9 is left out");
  expect(filtersLeftOut(withFilters(12))).toContain("filters 8–11 of this layer's 12 are left out");
});
