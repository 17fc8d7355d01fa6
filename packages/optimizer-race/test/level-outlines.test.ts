import { describe, expect, test } from 'vitest';
import { levelOutlines } from '../src/level-outlines.js';

const SIDE = 40;
const identity = [0, 1, 0, 1] as const;

/** f(i, j) sampled at grid coordinates (i + 0.5, j + 0.5), row by row from the bottom. */
function grid(f: (x: number, y: number) => number): Float64Array {
  const values = new Float64Array(SIDE * SIDE);
  for (let j = 0; j < SIDE; j++) for (let i = 0; i < SIDE; i++) values[j * SIDE + i] = f(i + 0.5, j + 0.5);
  return values;
}

/** Each subpath's points. */
function rings(path: string): number[][][] {
  return path
    .split('Z')
    .filter(Boolean)
    .map((ring) =>
      ring
        .slice(1)
        .split('L')
        .map((point) => point.split(',').map(Number)),
    );
}

/** Shoelace area, positive for one turning direction and negative for the other. */
function signedArea(ring: number[][]): number {
  let sum = 0;
  ring.forEach(([x, y], k) => {
    const [nx, ny] = ring[(k + 1) % ring.length]!;
    sum += x! * ny! - nx! * y!;
  });
  return sum / 2;
}

const distanceFromCentre = (x: number, y: number) => Math.hypot(x - SIDE / 2, y - SIDE / 2);

describe('levelOutlines', () => {
  test('a peak at one level is a single closed ring through the interpolated crossings', () => {
    const values = grid((x, y) => -distanceFromCentre(x, y));
    const [outline] = levelOutlines(values, SIDE, [-10], identity, 0);
    const [ring, ...others] = rings(outline!.path);
    expect(others).toHaveLength(0);
    // Linear interpolation along the cell edges puts every crossing within a tenth of a cell of r = 10.
    for (const [x, y] of ring!) expect(Math.abs(distanceFromCentre(x!, y!) - 10)).toBeLessThan(0.1);
    expect(Math.abs(signedArea(ring!))).toBeCloseTo(Math.PI * 100, -1);
  });

  test('a hole is a ring turning the other way, so the nonzero fill leaves it empty', () => {
    // A ridge around the centre: f ≥ −1 between r = 8 and r = 12.
    const values = grid((x, y) => -Math.abs(distanceFromCentre(x, y) - 10));
    const [outline] = levelOutlines(values, SIDE, [-2], identity, 0);
    const areas = rings(outline!.path).map(signedArea);
    expect(areas).toHaveLength(2);
    expect(Math.sign(areas[0]!)).toBe(-Math.sign(areas[1]!));
    expect(Math.abs(areas[0]! + areas[1]!)).toBeCloseTo(Math.PI * (144 - 64), -1);
  });

  test('the region reaching the grid edge closes along it', () => {
    const values = grid((x) => x);
    const [outline] = levelOutlines(values, SIDE, [SIDE / 2], identity, 0);
    const [ring] = rings(outline!.path);
    const xs = ring!.map(([x]) => x!);
    const ys = ring!.map(([, y]) => y!);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([SIDE / 2, SIDE]);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([0, SIDE]);
  });

  test('saddles and many rings: every subpath is closed and none is dropped or repeated', () => {
    const values = grid((x, y) => Math.sin(x / 3) * Math.cos(y / 3));
    const outlines = levelOutlines(values, SIDE, [-0.5, 0, 0.5], identity, 0);
    for (const { path } of outlines) {
      expect(path.split('M').length - 1).toBe(path.split('Z').length - 1);
      expect(path).not.toMatch(/NaN|Infinity/);
    }
    // The same call twice draws the same (the scratch space is left clean).
    expect(levelOutlines(values, SIDE, [-0.5, 0, 0.5], identity, 0)).toEqual(outlines);
  });

  test('a level above every sample draws nothing and gets no label', () => {
    const [outline] = levelOutlines(
      grid(() => 1),
      SIDE,
      [2],
      identity,
      0,
    );
    expect(outline).toEqual({ path: '', labelAt: undefined });
  });

  test('points map to pixels through the affine map, and the label keeps off the edges', () => {
    const values = grid((x, y) => -distanceFromCentre(x, y));
    const [outline] = levelOutlines(values, SIDE, [-10], [100, 2, 500, -3], 8);
    const [x, y] = outline!.labelAt!;
    const [gx, gy] = [(x - 100) / 2, (y - 500) / -3];
    expect(Math.abs(distanceFromCentre(gx, gy) - 10)).toBeLessThan(0.1);
    for (const g of [gx, gy]) expect(g > 8 && g < SIDE - 8).toBe(true);
  });
});
