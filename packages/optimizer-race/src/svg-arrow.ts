/** An arrow in pixels: its shaft and its head, as two path strings (the head is filled). */
export interface ArrowShape {
  shaft: string;
  head: string;
}

/** Shorter arrows than this draw as nothing: the direction of a zero step is meaningless. */
const TOO_SHORT = 1.5;

export function arrowShape(x1: number, y1: number, x2: number, y2: number, head = 8): ArrowShape | undefined {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (!(length >= TOO_SHORT)) return undefined;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const size = Math.min(head, length * 0.6);
  const bx = x2 - ux * size;
  const by = y2 - uy * size;
  const wx = -uy * size * 0.45;
  const wy = ux * size * 0.45;
  const f = (v: number) => v.toFixed(1);
  return {
    shaft: `M${f(x1)},${f(y1)}L${f(bx)},${f(by)}`,
    head: `M${f(x2)},${f(y2)}L${f(bx + wx)},${f(by + wy)}L${f(bx - wx)},${f(by - wy)}Z`,
  };
}
