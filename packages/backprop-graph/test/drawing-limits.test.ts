import { expect, test } from 'vitest';
import { beyondDrawingLimits } from '../src/drawing-limits.js';

test('the exam networks and the presets are drawn', () => {
  expect(beyondDrawingLimits([2, 3, 2])).toBeUndefined();
  expect(beyondDrawingLimits([2, 2, 2, 2, 2, 2, 1])).toBeUndefined();
  expect(beyondDrawingLimits([16, 16, 16, 16, 16, 16, 16, 16, 16])).toBeUndefined();
});

test('a wider or deeper network says what is over, and what is still shown', () => {
  expect(beyondDrawingLimits([300, 300, 300])).toBe(
    'This 300-300-300 network has 300 inputs: the diagram, grids and chain rule are drawn for up to 8 layers of 16 units. Its steps are narrated and worked out below.',
  );
  expect(beyondDrawingLimits([2, 40, 1])).toMatch(/^This 2-40-1 network has 40 units in a layer:/);
  expect(beyondDrawingLimits([2, 2, 2, 2, 2, 2, 2, 2, 2, 1])).toMatch(
    /^This 2-2-2-2-2-2-2-2-2-1 network has 9 layers:/,
  );
});
