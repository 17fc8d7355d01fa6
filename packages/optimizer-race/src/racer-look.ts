import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';

/** How one racer is drawn: never by color alone, each also has its own dash pattern and marker. */
export interface RacerLook {
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  /** A marker path centred on (0, 0). */
  marker: string;
  /** The marker's name, for the legend's text alternative. */
  shape: string;
}

// Okabe–Ito colors (distinguishable with the common color-vision deficiencies), without the yellow,
// which vanishes on the light theme and on the top of the viridis scale.
const colors = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const dashes = ['', '9 4', '2 3', '12 3 3 3', '5 5', '1 4'];
const shapes = [
  { name: 'circle', type: symbolCircle },
  { name: 'square', type: symbolSquare },
  { name: 'triangle', type: symbolTriangle },
  { name: 'diamond', type: symbolDiamond },
  { name: 'cross', type: symbolCross },
  { name: 'star', type: symbolStar },
  { name: 'wye', type: symbolWye },
];

/** The look of the racer at position `i` of the roster; a roster longer than six reuses colors with new shapes. */
export function racerLook(i: number, size = 70): RacerLook {
  const shape = shapes[i % shapes.length]!;
  return {
    color: colors[i % colors.length]!,
    dash: dashes[i % dashes.length]!,
    marker: symbol(shape.type, size)() ?? '',
    shape: shape.name,
  };
}
