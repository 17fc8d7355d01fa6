import type { ViewBox } from './expression/grid.js';

/** A named loss surface: its expression, where to look, and where its minima are. */
export interface SurfacePreset {
  readonly label: string;
  readonly expression: string;
  /** The default view [xmin, xmax, ymin, ymax]; for 1-D surfaces the y range is unused. */
  readonly view: ViewBox;
  /** The global minima (or, for the saddle, its stationary point), to mark on the plot. */
  readonly minima: readonly (readonly [number, number])[];
}

export const SURFACES = {
  bowl: {
    label: 'Convex bowl',
    expression: 'x^2 + y^2',
    view: [-5, 5, -5, 5],
    minima: [[0, 0]],
  },
  ellipse: {
    label: 'Ill-conditioned ellipse',
    expression: 'x^2 + 10*y^2',
    view: [-5, 5, -3, 3],
    minima: [[0, 0]],
  },
  rotatedEllipse: {
    label: 'Rotated ellipse',
    expression: '5.5*x^2 - 9*x*y + 5.5*y^2',
    view: [-5, 5, -5, 5],
    minima: [[0, 0]],
  },
  rosenbrock: {
    label: 'Rosenbrock',
    expression: '(1 - x)^2 + 100*(y - x^2)^2',
    view: [-2, 2, -1, 3],
    minima: [[1, 1]],
  },
  beale: {
    label: 'Beale',
    expression: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    view: [-4.5, 4.5, -4.5, 4.5],
    minima: [[3, 0.5]],
  },
  himmelblau: {
    label: 'Himmelblau',
    expression: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    view: [-5, 5, -5, 5],
    minima: [
      [3, 2],
      [-2.805118086952745, 3.131312518250573],
      [-3.779310253377747, -3.28318599128617],
      [3.584428340330492, -1.848126526964404],
    ],
  },
  saddle: {
    label: 'Saddle x² − y²',
    expression: 'x^2 - y^2',
    view: [-3, 3, -3, 3],
    minima: [[0, 0]],
  },
  booth: {
    label: 'Booth',
    expression: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    view: [-10, 10, -10, 10],
    minima: [[1, 3]],
  },
  plateau: {
    label: 'Plateau',
    expression: '1 - exp(-(x^2 + y^2)/2)',
    view: [-5, 5, -5, 5],
    minima: [[0, 0]],
  },
  parabola: {
    label: 'x² (1-D)',
    expression: 'x^2',
    view: [-2, 2, -1, 4],
    minima: [[0, 0]],
  },
  absolute: {
    label: '|x| (1-D)',
    expression: 'abs(x)',
    view: [-2, 2, -0.5, 2],
    minima: [[0, 0]],
  },
} as const satisfies Record<string, SurfacePreset>;

export type SurfaceName = keyof typeof SURFACES;

export const SURFACE_NAMES = Object.keys(SURFACES) as SurfaceName[];
