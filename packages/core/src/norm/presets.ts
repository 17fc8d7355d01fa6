import { described, type Preset, type PresetProblem } from '../preset.js';
import type { NormInput, NormLayout, NormType } from './layout.js';
import { randomNormInput } from './random.js';

/** A problem as JSON writes it: defaults may be left out. */
export interface NormProblemJson {
  readonly widget: 'norm';
  readonly input: NormInput;
  readonly layout?: NormLayout;
  readonly type: NormType;
  readonly groups?: number;
  readonly eps?: number;
  readonly gamma?: number[];
  readonly beta?: number[];
}

export type NormPresetProblem = PresetProblem<NormProblemJson>;
export type NormPreset = Preset<NormProblemJson>;

/** Five examples' activations of four neurons: the matrix the UCLA and Stanford questions reason about. */
const activations = [
  [1.57, 0.76, 0.92, -0.28],
  [0.21, 1.77, 1.3, 1.5],
  [-1.65, 0.51, 1.96, 0.19],
  [-1.28, -1.73, -1.79, -0.61],
  [0.03, 1.83, -0.53, 1.32],
];

/** Two sequences of three tokens with four features, as a transformer block's residual stream holds them. */
const tokens = [
  [
    [0.6, 1.76, 1.62, 1.19],
    [1.2, -2.0, 1.1, 2.38],
    [2.3, 1.0, -2.97, 0.8],
  ],
  [
    [0.86, 0.14, 1.71, -1.42],
    [-2.22, 1.02, -1.29, -0.31],
    [-1.08, 0.21, 2.73, 0.82],
  ],
];
const tokenGamma = [0.88, 1.6, 1.08, 1.26];
const tokenBeta = [-0.14, -0.33, -0.52, 0.53];

const images = randomNormInput({ layout: 'NCHW', shape: [2, 4, 3, 3], seed: 2024 });

export const normPresetProblems: readonly NormPresetProblem[] = [
  {
    id: 'exam-batch-fc',
    title: 'Batch norm on an activation matrix',
    problem: { widget: 'norm', input: activations, type: 'batch', eps: 1e-5 },
  },
  {
    id: 'exam-layer-fc',
    title: 'Layer norm on the same matrix',
    problem: { widget: 'norm', input: activations, type: 'layer', eps: 1e-5 },
  },
  {
    id: 'transformer-layer-btd',
    title: 'Layer norm in a transformer block',
    problem: {
      widget: 'norm',
      input: tokens,
      layout: 'BTD',
      type: 'layer',
      eps: 1e-5,
      gamma: tokenGamma,
      beta: tokenBeta,
    },
  },
  {
    id: 'transformer-batch-btd',
    title: 'Batch norm on tokens, for contrast',
    problem: {
      widget: 'norm',
      input: tokens,
      layout: 'BTD',
      type: 'batch',
      eps: 1e-5,
      gamma: tokenGamma,
      beta: tokenBeta,
    },
  },
  {
    id: 'single-example-batch',
    title: 'Batch norm with a batch of one',
    problem: {
      widget: 'norm',
      input: [[0.8, -1.5, 2.3, 0.4]],
      layout: 'NC',
      type: 'batch',
      gamma: [1.2, 0.7, 1.5, 1],
      beta: [0.1, -0.3, 0.5, 0],
    },
  },
  {
    id: 'group-norm-nchw',
    title: 'Group norm on feature maps',
    problem: { widget: 'norm', input: images, type: 'group', groups: 2 },
  },
  {
    id: 'instance-norm-nchw',
    title: 'Instance norm on feature maps',
    problem: { widget: 'norm', input: images, type: 'instance' },
  },
  {
    id: 'rms-tokens',
    title: 'RMS norm on tokens',
    problem: { widget: 'norm', input: tokens, layout: 'BTD', type: 'rms', eps: 1e-6, gamma: tokenGamma },
  },
  {
    id: 'largest-nchw',
    title: 'Group norm at the largest size drawn',
    // Drawn from the seed rather than written out: 8,192 values, the viewer's largest tensor.
    problem: {
      widget: 'norm',
      input: randomNormInput({ layout: 'NCHW', shape: [8, 16, 8, 8], seed: 7 }),
      type: 'group',
      groups: 4,
    },
  },
];

/** What each preset shows, for the docs' preset cards (see `described`). */
const descriptions: Record<string, string> = {
  'exam-batch-fc':
    'Each neuron (column) is normalized over the five examples of the batch, as the UCLA C147 and Stanford CS230 midterms define it.',
  'exam-layer-fc':
    'The same activations normalized per example (row) across its four neurons: no dependence on the rest of the batch.',
  'transformer-layer-btd':
    'Each token is normalized across its features, then scaled and shifted per feature, as in a pre-norm transformer.',
  'transformer-batch-btd':
    'The same tokens normalized per feature over every token of the batch: sequences now influence one another.',
  'single-example-batch':
    'With one example each channel holds a single value: its variance is 0 and every output collapses to β.',
  'group-norm-nchw':
    'Four channels in two groups of two: each example and group shares one mean and variance over its channels and pixels.',
  'instance-norm-nchw': 'Each channel of each example normalized over its own pixels, as in style transfer.',
  'rms-tokens':
    'Each token divided by the root mean square of its features, with no centring and no shift, as in LLaMA-style models.',
  'largest-nchw':
    'Eight examples of sixteen 8 × 8 feature maps in four groups of four channels: how the groups tile a real layer at scale.',
};

export const normPresets: readonly NormPreset[] = /* @__PURE__ */ described(normPresetProblems, descriptions);
