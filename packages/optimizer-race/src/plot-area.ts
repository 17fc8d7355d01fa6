/** The space a chart keeps around its plotting area, for ticks and axis names. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plotting area of a width × height chart: the rectangle inside its margins, as <rect> attributes. */
export function plotArea(width: number, height: number, margin: Margin) {
  return {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
}
