import { expect } from 'vitest';

/** Mismatches between an expected JSON value and a computed one, under the problem format's rule. */
export function mismatches(want: unknown, have: unknown, tolerance: number, path = ''): string[] {
  if (Array.isArray(want)) {
    if (!Array.isArray(have) || have.length !== want.length)
      return [`${path}: length ${String((have as unknown[])?.length)} vs ${want.length}`];
    return want.flatMap((w, i) => mismatches(w, have[i], tolerance, `${path}[${i}]`));
  }
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object') return [`${path}: missing`];
    return Object.entries(want).flatMap(([k, w]) =>
      mismatches(w, (have as Record<string, unknown>)[k], tolerance, path ? `${path}.${k}` : k),
    );
  }
  if (typeof want === 'number') {
    return typeof have === 'number' && Math.abs(have - want) <= tolerance * (1 + Math.abs(want))
      ? []
      : [`${path}: ${String(have)} vs ${want}`];
  }
  return have === want ? [] : [`${path}: ${JSON.stringify(have)} vs ${JSON.stringify(want)}`];
}

export function expectClose(have: unknown, want: unknown, tolerance = 1e-9): void {
  expect(mismatches(want, have, tolerance)).toEqual([]);
}
