/** A point in pixels. */
export type Point = readonly [number, number];

/** A box in pixels: its left, top, right and bottom. */
export type Box = readonly [number, number, number, number];

/** Whether two boxes share any area (boxes that only touch do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
