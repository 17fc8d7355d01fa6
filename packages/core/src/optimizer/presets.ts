import { described, type Preset, type PresetProblem } from '../preset.js';
import type { SurfaceName } from './surfaces.js';

/** An optimizer problem as JSON: what presets, links and the CLI hold. */
export interface OptimizerProblemJson {
  readonly widget: 'optimizer';
  readonly surface: { readonly expression: string } | { readonly preset: SurfaceName };
  readonly start: readonly [number, number];
  readonly steps?: number;
  readonly noise?: { readonly sigma: number; readonly seed: number };
  readonly optimizers: readonly ({ readonly type: string; readonly lr: number } & Record<
    string,
    number | string
  >)[];
}

export type OptimizerPresetProblem = PresetProblem<OptimizerProblemJson>;
export type OptimizerPreset = Preset<OptimizerProblemJson>;

/** Learning rates per optimizer for a six-way race; the other hyperparameters keep their defaults. */
function sixWay(lr: {
  sgd: number;
  momentum: number;
  adagrad: number;
  rmsprop: number;
  adam: number;
}): OptimizerProblemJson['optimizers'] {
  return [
    { type: 'sgd', lr: lr.sgd },
    { type: 'momentum', lr: lr.momentum, momentum: 0.9 },
    { type: 'nesterov', lr: lr.momentum, momentum: 0.9 },
    { type: 'adagrad', lr: lr.adagrad },
    { type: 'rmsprop', lr: lr.rmsprop },
    { type: 'adam', lr: lr.adam },
  ];
}

/** Plain gradient descent on a 1-D loss, as the step-size questions pose it. */
function descent(surface: 'parabola' | 'absolute', x0: number, lr: number): OptimizerProblemJson {
  return {
    widget: 'optimizer',
    surface: { preset: surface },
    start: [x0, 0],
    steps: 20,
    optimizers: [{ type: 'sgd', lr }],
  };
}

export const optimizerPresetProblems: readonly OptimizerPresetProblem[] = [
  {
    id: 'ellipse-race',
    title: 'Six optimizers in a narrow valley',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'ellipse' },
      start: [-4, 2],
      steps: 100,
      optimizers: [
        // Above 1/20, SGD's step overshoots along the steep y axis (y ← (1 − 20·lr)·y flips sign).
        { type: 'sgd', lr: 0.09 },
        { type: 'momentum', lr: 0.01, momentum: 0.9 },
        { type: 'nesterov', lr: 0.01, momentum: 0.9 },
        { type: 'adagrad', lr: 0.5, eps: 1e-7 },
        { type: 'rmsprop', lr: 0.05, decay: 0.9, eps: 1e-7 },
        { type: 'adam', lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
      ],
    },
  },
  {
    id: 'rosenbrock-race',
    title: 'Rosenbrock banana valley',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'rosenbrock' },
      start: [-1.5, 2],
      steps: 1000,
      optimizers: sixWay({ sgd: 0.001, momentum: 0.0005, adagrad: 0.5, rmsprop: 0.01, adam: 0.05 }),
    },
  },
  {
    id: 'rotated-ellipse',
    title: 'A rotated valley',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'rotatedEllipse' },
      start: [-4, -2],
      steps: 150,
      optimizers: sixWay({ sgd: 0.05, momentum: 0.02, adagrad: 1, rmsprop: 0.05, adam: 0.1 }),
    },
  },
  {
    id: 'himmelblau',
    title: 'Four minima',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'himmelblau' },
      // Beside the one maximum, at (−0.27, −0.92), where the slopes to two minima part.
      start: [-0.3, -0.9],
      steps: 200,
      optimizers: sixWay({ sgd: 0.01, momentum: 0.002, adagrad: 1, rmsprop: 0.05, adam: 0.1 }),
    },
  },
  {
    id: 'beale',
    title: 'Beale: plateaus and ridges',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'beale' },
      start: [1, 1.5],
      steps: 500,
      optimizers: sixWay({ sgd: 0.001, momentum: 0.0005, adagrad: 0.5, rmsprop: 0.01, adam: 0.05 }),
    },
  },
  {
    id: 'saddle',
    title: 'Escaping a saddle',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'saddle' },
      start: [-2.5, 0.001],
      steps: 60,
      optimizers: sixWay({ sgd: 0.1, momentum: 0.02, adagrad: 0.3, rmsprop: 0.02, adam: 0.05 }),
    },
  },
  {
    id: 'plateau',
    title: 'Lost on a plateau',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'plateau' },
      start: [-4, 3.5],
      steps: 150,
      optimizers: sixWay({ sgd: 0.5, momentum: 0.5, adagrad: 0.5, rmsprop: 0.05, adam: 0.1 }),
    },
  },
  {
    id: 'booth',
    title: "Booth's tilted bowl",
    problem: {
      widget: 'optimizer',
      surface: { preset: 'booth' },
      start: [-8, -6],
      steps: 100,
      optimizers: sixWay({ sgd: 0.02, momentum: 0.01, adagrad: 3, rmsprop: 0.3, adam: 0.5 }),
    },
  },
  {
    id: 'ucla-momentum-vs-nesterov',
    title: 'Momentum or Nesterov? (UCLA midterm)',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'parabola' },
      start: [1.8, 0],
      steps: 30,
      optimizers: [
        { type: 'momentum', lr: 0.1, momentum: 0.9 },
        { type: 'nesterov', lr: 0.1, momentum: 0.9 },
      ],
    },
  },
  {
    id: 'ucla-which-update',
    title: 'Which optimizer moved where? (UCLA midterm)',
    problem: {
      widget: 'optimizer',
      surface: { expression: '0.5*x^2 + 4*y^2' },
      start: [-3, 1.5],
      steps: 25,
      optimizers: [
        { type: 'momentum', lr: 0.1, momentum: 0.9 },
        { type: 'adagrad', lr: 0.1 },
        { type: 'adam', lr: 0.1 },
      ],
    },
  },
  {
    id: 'ucla-noisy-gradients',
    title: 'Gradients as random vectors (UCLA midterm)',
    problem: {
      widget: 'optimizer',
      surface: { expression: '0.5*x + 0.25*y' },
      start: [0, 0],
      steps: 60,
      noise: { sigma: 1, seed: 147 },
      optimizers: [
        { type: 'sgd', lr: 0.05 },
        { type: 'momentum', lr: 0.05, momentum: 0.9 },
      ],
    },
  },
  {
    id: 'stanford-abs-small-step',
    title: '|x| from 0.1 with step 0.5 (Stanford midterm)',
    problem: descent('absolute', 0.1, 0.5),
  },
  {
    id: 'stanford-square-099',
    title: 'x² from 1 with step 0.99 (Stanford midterm)',
    problem: descent('parabola', 1, 0.99),
  },
  {
    id: 'stanford-abs-large-step',
    title: '|x| from 1 with step 1.5 (Stanford midterm)',
    problem: descent('absolute', 1, 1.5),
  },
  {
    id: 'stanford-square-1',
    title: 'x² from 1 with step 1 (Stanford midterm)',
    problem: descent('parabola', 1, 1),
  },
  {
    id: 'sgd-diverges',
    title: 'A step size too large',
    problem: {
      widget: 'optimizer',
      surface: { preset: 'ellipse' },
      start: [-4, 2],
      steps: 5000,
      optimizers: [
        { type: 'sgd', lr: 0.11 },
        { type: 'sgd', lr: 0.09 },
      ],
    },
  },
];

/** What each preset shows, for the docs' preset cards (see `described`). */
const descriptions: Record<string, string> = {
  himmelblau:
    'From one start beside the maximum, SGD and both momentum methods roll down to the minimum at about (−3.78, −3.28), the adaptive methods to the one at about (−2.81, 3.13).',
  'ucla-momentum-vs-nesterov':
    'On x² both overshoot: momentum swings out to about −1.28, Nesterov only to about −0.6, because its look-ahead gradient brakes sooner, and its swings die out faster.',
  'ellipse-race':
    'All six methods from (−4, 2) on x² + 10y²: SGD zig-zags across the valley, its step size 0.09 being too large for the steep y axis, momentum overshoots, the adaptive methods rescale each axis.',
  'rosenbrock-race':
    'Finding the curved valley is quick; following it to (1, 1) separates momentum and Adam from plain SGD.',
  'rotated-ellipse':
    'The steep direction mixes x and y, so per-coordinate step sizes no longer line up with it.',
  beale:
    'A step size that suits the flat plateau is far too large near the ridges, except for the adaptive methods.',
  saddle:
    'Starting almost on the x axis of x² − y², methods stall near the saddle point until the small y offset grows.',
  plateau:
    'Far from the well the gradient is nearly zero: SGD barely moves while Adam and RMSprop normalize the step.',
  booth: 'A convex but tilted quadratic with its minimum at (1, 3).',
  'ucla-which-update':
    'Momentum, Adagrad and Adam with one learning rate on an elongated bowl: compare the direction and length of their steps.',
  'ucla-noisy-gradients':
    'A constant expected gradient plus seeded Gaussian noise: momentum averages the noise and moves about 1/(1 − α) times faster on average.',
  'stanford-abs-small-step':
    'The gradient of |x| is always ±1, so each step has length 0.5 and the iterate bounces between 0.1 and −0.4.',
  'stanford-square-099':
    'Each step multiplies x by 1 − 2·0.99 = −0.98: the iterates flip sign but shrink, so the loss goes to 0.',
  'stanford-abs-large-step':
    'Steps of length 1.5 jump over the minimum: the iterate cycles between 1 and −0.5 forever.',
  'stanford-square-1':
    'Each step multiplies x by 1 − 2·1 = −1: the iterate flips between 1 and −1 and never converges.',
  'sgd-diverges':
    'On x² + 10y² the y direction needs a step below 0.1; at 0.11 SGD oscillates with growing amplitude until the numbers overflow.',
};

export const optimizerPresets: readonly OptimizerPreset[] = /* @__PURE__ */ described(
  optimizerPresetProblems,
  descriptions,
);
