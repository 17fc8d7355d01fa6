/**
 * How a cell's fill shows its value: the sign picks the hue (a class, themed by --dlviz-positive and
 * --dlviz-negative) and the magnitude the opacity, relative to the largest |value| on show. The
 * number itself is drawn when cells are large enough and always reported on hover and selection,
 * so the shade is never the only carrier.
 */
export interface Shade {
  readonly sign: 'pos' | 'neg';
  readonly opacity: number;
}

export function shadeScale(values: ArrayLike<number>): (value: number) => Shade {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]!));
  return (value) => ({
    sign: value < 0 ? 'neg' : 'pos',
    opacity: largest === 0 ? 0.06 : Math.round((0.06 + 0.74 * (Math.abs(value) / largest)) * 100) / 100,
  });
}
