import { formatText, optimizerKind, validateAs, type ViewBox } from '@dlviz/core';
import { expect, test } from 'vitest';
import { surfaceContours } from '../src/surface-contours.js';
import { sgdRace } from './sgd-race.js';

/** The contour labels' texts for a typed surface over a view, plotted 400 × 400 px. */
function labelTexts(expression: string, box: ViewBox): string[] {
  const read = validateAs(optimizerKind, sgdRace(expression, [1, 1], 1));
  if (!read.ok) throw new Error('the test surface should be valid');
  const toPixel = (x: number, y: number): [number, number] => [
    ((x - box[0]) / (box[1] - box[0])) * 400,
    ((box[3] - y) / (box[3] - box[2])) * 400,
  ];
  return surfaceContours(read.value.surface.ast, box, toPixel, formatText).labels.map(({ text }) => text);
}

test.each([
  ['x^2 + y^2', [-3, 3, -3, 3]],
  // A loss far above 0 that changes little over the view: at three digits every level reads 1000.
  ['1000 + x^2 + y^2', [-1, 1, -1, 1]],
  // A deep zoom: the levels differ in the seventh digit.
  ['x^2 + y^2', [0.999, 1.001, 0.999, 1.001]],
  // Levels spaced logarithmically above the minimum, from 10⁻³ to thousands, above an offset.
  ['50 + (1 - x)^2 + 100*(y - x^2)^2', [-2, 2, -1, 3]],
] as const)('the contour labels of %s over %j each read differently, in few digits', (expression, box) => {
  const texts = labelTexts(expression, box);
  expect(texts.length).toBeGreaterThan(2);
  expect(new Set(texts).size).toBe(texts.length);
  for (const text of texts) expect(text.replace(/\D/g, '').length).toBeLessThanOrEqual(8);
});

test('plain levels keep three digits', () => {
  expect(labelTexts('x^2 + y^2', [-3, 3, -3, 3])).toEqual(['2', '6', '10', '14']);
});
