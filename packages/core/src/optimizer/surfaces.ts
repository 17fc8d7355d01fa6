import type { ViewBox } from './expression/grid.js';

/** A named loss surface: its expression, where to look, and where its minima are. */
export interface SurfacePreset {
  readonly label: string;
  /** What it teaches, in a sentence. */
  readonly description: string;
  readonly expression: string;
  /** The default view [xmin, xmax, ymin, ymax]; for 1-D surfaces the y range is unused. */
  readonly view: ViewBox;
  /** The global minima (or, for the saddle, its stationary point), to mark on the plot. */
  readonly minima: readonly (readonly [number, number])[];
}

export const SURFACES = {
  bowl: {
    label: 'Convex bowl',
    description:
      'A round bowl: every direction is equally steep, so every method heads straight for the centre.',
    expression: 'x^2 + y^2',
    view: [-5, 5, -5, 5],
    minima: [[0, 0]],
  },
  ellipse: {
    label: 'Ill-conditioned ellipse',
    description: 'Ten times steeper in y than in x: plain gradient descent zig-zags across the valley.',
    expression: 'x^2 + 10*y^2',
    view: [-5, 5, -3, 3],
    minima: [[0, 0]],
  },
  rotatedEllipse: {
    label: 'Rotated ellipse',
    description:
      'The same valley turned 45°, so the steep direction mixes x and y and per-coordinate scaling helps less.',
    expression: '5.5*x^2 - 9*x*y + 5.5*y^2',
    view: [-5, 5, -5, 5],
    minima: [[0, 0]],
  },
  rosenbrock: {
    label: 'Rosenbrock',
    description:
      'A curved, nearly flat banana valley: easy to find, slow to follow to the minimum at (1, 1).',
    expression: '(1 - x)^2 + 100*(y - x^2)^2',
    view: [-2, 2, -1, 3],
    minima: [[1, 1]],
  },
  beale: {
    label: 'Beale',
    description:
      'Flat plateaus and sharp ridges around a minimum at (3, 0.5): step sizes that suit one region fail in another.',
    expression: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    view: [-4.5, 4.5, -4.5, 4.5],
    minima: [[3, 0.5]],
  },
  himmelblau: {
    label: 'Himmelblau',
    description:
      'Four minima of equal depth: where a method ends up depends on where it starts and how it moves.',
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
    description:
      'A minimum along x, a maximum along y: a start on the x axis stalls at the saddle point, any tilt escapes.',
    expression: 'x^2 - y^2',
    view: [-3, 3, -3, 3],
    minima: [[0, 0]],
  },
  booth: {
    label: 'Booth',
    description: 'A tilted quadratic bowl with its minimum at (1, 3).',
    expression: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    view: [-10, 10, -10, 10],
    minima: [[1, 3]],
  },
  plateau: {
    label: 'Plateau',
    description:
      'A narrow well in a flat plain: far from it the gradient vanishes, and adaptive methods rescale the tiny steps.',
    expression: '1 - exp(-(x^2 + y^2)/2)',
    view: [-5, 5, -5, 5],
    minima: [[0, 0]],
  },
  parabola: {
    label: 'x² (1-D)',
    description:
      'The 1-D parabola: gradient descent converges for step sizes below 1 and oscillates forever at exactly 1.',
    expression: 'x^2',
    view: [-2, 2, -1, 4],
    minima: [[0, 0]],
  },
  absolute: {
    label: '|x| (1-D)',
    description:
      'The 1-D absolute value: its gradient never shrinks, so a fixed step size bounces around the minimum.',
    expression: 'abs(x)',
    view: [-2, 2, -0.5, 2],
    minima: [[0, 0]],
  },
} as const satisfies Record<string, SurfacePreset>;

export type SurfaceName = keyof typeof SURFACES;

export const SURFACE_NAMES = Object.keys(SURFACES) as SurfaceName[];
