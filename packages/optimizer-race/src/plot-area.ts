/** The space a chart keeps around its plotting area, for ticks and axis names. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle in pixels, as <rect> attributes. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The plotting area of a width × height chart: the rectangle inside its margins. */
export function plotArea(width: number, height: number, margin: Margin): Rect {
  return {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
}

/** The point moved, axis by axis, to the nearest place at least `inset` pixels inside the rectangle. */
export function clampInto(rect: Rect, [x, y]: readonly [number, number], inset = 0): [number, number] {
  const clamp = (v: number, lo: number, size: number) => Math.min(lo + size - inset, Math.max(lo + inset, v));
  return [clamp(x, rect.x, rect.width), clamp(y, rect.y, rect.height)];
}

/** On the rectangle, edges included (NaN is not): clamping leaves the point as it is. */
export function inside(p: readonly [number, number], rect: Rect): boolean {
  return clampInto(rect, p).every((v, a) => v === p[a]);
}
