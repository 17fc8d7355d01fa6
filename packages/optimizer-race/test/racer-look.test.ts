import { expect, test } from 'vitest';
import { racerLook } from '../src/racer-look.js';

/** The box a marker path covers, drawn in the page. */
function box(path: string): [number, number, number, number] {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  document.body.append(svg);
  const { x, y, width, height } = shape.getBBox();
  svg.remove();
  return [x, y, width, height];
}

test('seven markers, each of its own shape, centred on the point and about 15 px across', () => {
  const looks = Array.from({ length: 7 }, (_, i) => racerLook(i));
  expect(new Set(looks.map((look) => look.shape)).size).toBe(7);
  for (const { marker, shape } of looks) {
    const [x, y, width, height] = box(marker);
    expect(x + width / 2, shape).toBeCloseTo(0, 0);
    expect(Math.max(width, height), shape).toBeGreaterThan(8);
    expect(Math.max(width, height), shape).toBeLessThan(16);
  }
  // The cross, written with relative moves, is the symmetric cross it was.
  expect(box(racerLook(4).marker).map((v) => Math.round(v * 10) / 10)).toEqual([-5.6, -5.6, 11.2, 11.2]);
});
