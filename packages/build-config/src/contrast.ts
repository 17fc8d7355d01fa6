/** WCAG 2 contrast between computed colors, for browser tests. */

export type Rgb = [number, number, number];

/** A computed color (`rgb(…)` or `rgba(…)`) as its red, green and blue. */
export function rgb(color: string): Rgb {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return [r!, g!, b!];
}

/** WCAG 2 relative luminance. */
function luminance(color: Rgb): number {
  const [r, g, b] = color.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio, from 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The color an element is drawn on: the first opaque background from it outwards. */
export function backgroundOf(element: Element): Rgb {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const color = getComputedStyle(e).backgroundColor;
    if (!/rgba\(.*, 0\)$|transparent/.test(color)) return rgb(color);
  }
  return [255, 255, 255];
}
