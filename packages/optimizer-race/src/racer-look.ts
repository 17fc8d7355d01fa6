/** How one racer is drawn: never by color alone, each also has its own dash pattern and marker. */
export interface RacerLook {
  /** A CSS color: one of the custom properties the widget sets by theme. */
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  /** A marker path centred on (0, 0). */
  marker: string;
  /** The marker's name, for the legend's text alternative. */
  shape: string;
}

// The six racer colors, --_racer0 to --_racer5, are set by theme in OptimizerRace.svelte.
const COLORS = 6;
const dashes = ['', '9 4', '2 3', '12 3 3 3', '5 5', '1 4'];
// d3-shape's symbols of area 70 px², written out as tersely as SVG allows (the cross with relative
// moves): the markers never change size, and the paths are smaller than the symbol generators.
const shapes = [
  { name: 'circle', path: 'M4.7 0A4.7 4.7 0 1 1-4.7 0A4.7 4.7 0 1 1 4.7 0' },
  { name: 'square', path: 'M-4.2-4.2h8.4v8.4h-8.4Z' },
  { name: 'triangle', path: 'M0-7.3L6.4 3.7L-6.4 3.7Z' },
  { name: 'diamond', path: 'M0-7.8L4.5 0L0 7.8L-4.5 0Z' },
  { name: 'cross', path: 'M-5.6-1.9h3.7v-3.7h3.8v3.7h3.7v3.8h-3.7v3.7h-3.8v-3.7h-3.7Z' },
  {
    name: 'star',
    path: 'M0-7.9L1.8-2.4L7.5-2.4L2.9 0.9L4.6 6.4L0 3L-4.6 6.4L-2.9 0.9L-7.5-2.4L-1.8-2.4Z',
  },
  { name: 'wye', path: 'M2.3 1.3L2.3 5.8L-2.3 5.8L-2.3 1.3L-6.2-1L-3.9-4.9L0-2.6L3.9-4.9L6.2-1Z' },
];

/** The look of the racer at position `i` of the roster; a roster longer than six reuses colors with new shapes. */
export function racerLook(i: number): RacerLook {
  const shape = shapes[i % shapes.length]!;
  return {
    color: `var(--_racer${i % COLORS})`,
    dash: dashes[i % dashes.length]!,
    marker: shape.path,
    shape: shape.name,
  };
}
