import type { SurfaceName } from './surfaces.js';

/**
 * What each named surface teaches, in a sentence, for the surface menu. Kept apart from SURFACES,
 * which the plot and the solver need at once, so that the prose loads with the menu.
 */
export const SURFACE_DESCRIPTIONS: Readonly<Record<SurfaceName, string>> = {
  bowl: 'A round bowl: every direction is equally steep, so every method heads straight for the centre.',
  ellipse:
    'Ten times steeper in y than in x: a step size big enough for quick progress along x makes plain gradient descent zig-zag across the valley.',
  rotatedEllipse:
    'The same valley turned 45°, so the steep direction mixes x and y and per-coordinate scaling helps less.',
  rosenbrock: 'A curved, nearly flat banana valley: easy to find, slow to follow to the minimum at (1, 1).',
  beale:
    'Flat plateaus and sharp ridges around a minimum at (3, 0.5): step sizes that suit one region fail in another.',
  himmelblau:
    'Four minima of equal depth: where a method ends up depends on where it starts and how it moves.',
  saddle:
    'A minimum along x, a maximum along y: a start on the x axis stalls at the saddle point, any tilt escapes.',
  booth: 'A tilted quadratic bowl with its minimum at (1, 3).',
  plateau:
    'A narrow well in a flat plain: far from it the gradient vanishes, and adaptive methods rescale the tiny steps.',
  parabola:
    'The 1-D parabola: gradient descent converges for step sizes below 1 and oscillates forever at exactly 1.',
  absolute:
    'The 1-D absolute value: its gradient never shrinks, so a fixed step size bounces around the minimum.',
};
