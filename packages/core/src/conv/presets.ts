import { described, type Preset, type PresetProblem } from '../preset.js';
import { uniform } from '../random.js';
import type { ConvProblemJson } from './problem.js';

export type ConvPresetProblem = PresetProblem<ConvProblemJson>;
export type ConvPreset = Preset<ConvProblemJson>;

/** A map with a bright square on a dark background: edges in both directions for the filters. */
const square: number[][][] = [
  [
    [0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
    [0, 0, 9, 9, 9, 0],
    [0, 0, 9, 9, 9, 0],
    [0, 0, 9, 9, 9, 0],
    [0, 0, 0, 0, 0, 0],
  ],
];

/**
 * Small integers from −2 to 2, seeded: data for the exam questions that give only sizes, so
 * every cell stays easy to check by hand. Shape is [d0][d1]...; the seed fixes the numbers.
 */
function integers(seed: number, shape: readonly number[]): never {
  const next = uniform(seed);
  const build = (depth: number): unknown =>
    depth === shape.length
      ? Math.floor(next() * 5) - 2
      : Array.from({ length: shape[depth]! }, () => build(depth + 1));
  return build(0) as never;
}

/**
 * A preset whose problem is built when first read. The exam layers with realistic sizes hold up to
 * 65,536 generated numbers; built eagerly, every page and element that imports the presets would
 * spend milliseconds generating them before its first paint, though most never open them.
 */
function builtOnDemand(
  fields: Omit<ConvPresetProblem, 'problem'>,
  build: () => ConvProblemJson,
): ConvPresetProblem {
  let problem: ConvProblemJson | undefined;
  return {
    ...fields,
    get problem() {
      return (problem ??= build());
    },
  };
}

/** A single-filter problem on the square with a 3×3 kernel and "same" padding. */
function filterOnSquare(kernel: number[][]): ConvProblemJson {
  return { widget: 'conv', input: square, kernels: [[kernel]], padding: 1 };
}

const dukeQ8Input = [
  [
    [3, 1, 1, 1],
    [0, 2, 1, 0],
    [1, 0, 1, 1],
    [1, 0, 1, 3],
  ],
  [
    [1, 1, 2, 0],
    [0, 0, 1, 0],
    [0, 1, 2, 1],
    [0, 0, 2, 1],
  ],
];
const dukeQ8Kernel = [
  [
    [
      [-1, 1, 1],
      [0, -1, 0],
      [-1, 1, 1],
    ],
    [
      [-1, 0, 1],
      [0, 1, 0],
      [1, 0, -1],
    ],
  ],
];

function dukeQ8(pool: 'max' | 'avg'): ConvProblemJson {
  return {
    widget: 'conv',
    input: dukeQ8Input,
    kernels: dukeQ8Kernel,
    bias: [-1],
    stride: 1,
    padding: 1,
    activation: { type: 'leakyRelu', alpha: 0.1 },
    pool: { type: pool, size: 2 },
  };
}

export const convPresetProblems: readonly ConvPresetProblem[] = [
  {
    id: 'identity',
    title: 'Identity kernel',
    problem: filterOnSquare([
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]),
  },
  {
    id: 'blur',
    title: 'Box blur',
    problem: filterOnSquare([
      [1 / 9, 1 / 9, 1 / 9],
      [1 / 9, 1 / 9, 1 / 9],
      [1 / 9, 1 / 9, 1 / 9],
    ]),
  },
  {
    id: 'sharpen',
    title: 'Sharpen',
    problem: filterOnSquare([
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ]),
  },
  {
    id: 'sobel',
    title: 'Sobel edges',
    problem: {
      widget: 'conv',
      input: square,
      kernels: [
        [
          [
            [-1, 0, 1],
            [-2, 0, 2],
            [-1, 0, 1],
          ],
        ],
        [
          [
            [-1, -2, -1],
            [0, 0, 0],
            [1, 2, 1],
          ],
        ],
      ],
      padding: 1,
    },
  },
  {
    id: 'laplacian',
    title: 'Laplacian',
    problem: filterOnSquare([
      [0, 1, 0],
      [1, -4, 1],
      [0, 1, 0],
    ]),
  },
  {
    id: 'bottleneck-1x1',
    title: '1×1 bottleneck',
    problem: {
      widget: 'conv',
      input: integers(11, [4, 3, 3]),
      kernels: [
        [[[1]], [[0.5]], [[-1]], [[0]]],
        [[[0]], [[1]], [[1]], [[-0.5]]],
      ],
      bias: [0, 1],
      activation: { type: 'relu' },
    },
  },
  {
    id: 'depthwise',
    title: 'Depthwise convolution',
    problem: {
      widget: 'conv',
      input: integers(12, [3, 4, 4]),
      kernels: [
        [
          [
            [0, 0, 0],
            [0, 1, 0],
            [0, 0, 0],
          ],
        ],
        [
          [
            [1, 0, -1],
            [1, 0, -1],
            [1, 0, -1],
          ],
        ],
        [
          [
            [0.25, 0.5, 0.25],
            [0.5, 1, 0.5],
            [0.25, 0.5, 0.25],
          ],
        ],
      ],
      padding: 1,
      groups: 3,
    },
  },
  {
    id: 'stride-2',
    title: 'Stride-2 downsampling',
    problem: {
      widget: 'conv',
      input: integers(13, [1, 6, 6]),
      kernels: [
        [
          [
            [1, 2, 1],
            [2, 4, 2],
            [1, 2, 1],
          ],
        ],
      ],
      stride: 2,
    },
  },
  {
    id: 'transposed-upsampling',
    title: 'Transposed convolution upsampling',
    problem: {
      widget: 'conv',
      input: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      kernels: [
        [
          [
            [1, 1, 1],
            [1, 1, 1],
            [1, 1, 1],
          ],
        ],
      ],
      stride: 2,
      padding: 1,
      outputPadding: 1,
      transposed: true,
    },
  },
  {
    id: 'duke-q8-maxpool',
    title: 'Duke ECE 685D, Q8(a–b): conv, LeakyReLU, max pooling',
    problem: dukeQ8('max'),
  },
  {
    id: 'duke-q8-avgpool',
    title: 'Duke ECE 685D, Q8(c): the same with average pooling',
    problem: dukeQ8('avg'),
  },
  builtOnDemand(
    {
      id: 'duke-q4-1x1-parameters',
      title: 'Duke ECE 685D, Q4: parameters of a 1×1 filter',
    },
    () => ({ widget: 'conv', input: integers(4, [16, 64, 64]), kernels: [integers(5, [16, 1, 1])] }),
  ),
  {
    id: 'duke-q5-1x1-then-pool',
    title: 'Duke ECE 685D, Q5: 1×1 conv, then max pooling',
    problem: {
      widget: 'conv',
      input: integers(6, [4, 4, 4]),
      kernels: integers(7, [2, 4, 1, 1]),
      pool: { type: 'max', size: 2, stride: 2 },
    },
  },
  {
    id: 'cmu-2b-stride-2',
    title: 'CMU 24-788, 2(b): 7×7 map, 3×3 filter, padding 2, stride 2',
    problem: {
      widget: 'conv',
      input: integers(21, [1, 7, 7]),
      kernels: integers(22, [1, 1, 3, 3]),
      padding: 2,
      stride: 2,
    },
  },
  {
    id: 'cmu-2b-same',
    title: 'CMU 24-788, 2(b): padding that keeps 7×7 with a 5×5 filter',
    problem: {
      widget: 'conv',
      input: integers(23, [1, 7, 7]),
      kernels: integers(24, [1, 1, 5, 5]),
      padding: 2,
    },
  },
  {
    id: 'cmu-2c-valid',
    title: 'CMU 24-788, 2(c): 4×3 map, 2×2 filter, no padding',
    problem: {
      widget: 'conv',
      input: [
        [
          [1, 2, -1],
          [0, 3, 5],
          [2, 1, 4],
          [3, 0, -2],
        ],
      ],
      kernels: [
        [
          [
            [-0.5, 1],
            [1.5, 0],
          ],
        ],
      ],
      stride: 1,
      padding: 0,
    },
  },
  builtOnDemand(
    {
      id: 'cmu-2d-lenet-conv1',
      title: 'CMU 24-788, 2(d): LeNet conv1 and pooling',
    },
    () => ({
      widget: 'conv',
      input: integers(31, [1, 32, 32]),
      kernels: integers(32, [6, 1, 5, 5]),
      bias: integers(33, [6]),
      pool: { type: 'avg', size: 2 },
    }),
  ),
  builtOnDemand(
    {
      id: 'cmu-2d-lenet-conv3',
      title: 'CMU 24-788, 2(d): LeNet conv3 and pooling',
    },
    () => ({
      widget: 'conv',
      input: integers(34, [6, 14, 14]),
      kernels: integers(35, [16, 6, 5, 5]),
      bias: integers(36, [16]),
      pool: { type: 'avg', size: 2 },
    }),
  ),
  builtOnDemand(
    {
      id: 'cmu-2d-lenet-conv5',
      title: 'CMU 24-788, 2(d): LeNet conv5',
    },
    () => ({
      widget: 'conv',
      input: integers(37, [16, 5, 5]),
      kernels: integers(38, [120, 16, 5, 5]),
      bias: integers(39, [120]),
    }),
  ),
  {
    id: 'cmu-3c-rgb-5x5',
    title: 'CMU 24-788, 3(c): five 5×5 filters on an RGB image',
    problem: {
      widget: 'conv',
      input: integers(41, [3, 6, 6]),
      kernels: integers(42, [5, 3, 5, 5]),
      padding: 2,
    },
  },
  {
    id: 'stanford-g-15x15',
    title: 'Stanford CS230, 1(g): fifteen 3×3×3 filters on a 15×15×3 image',
    problem: {
      widget: 'conv',
      input: integers(51, [3, 15, 15]),
      kernels: integers(52, [15, 3, 3, 3]),
      padding: 1,
    },
  },
  {
    id: 'ucla-d-conv-pool-parameters',
    title: 'UCLA C147, 1(d): parameters of a conv-ReLU-pool layer',
    problem: {
      widget: 'conv',
      input: integers(61, [3, 8, 8]),
      kernels: integers(62, [5, 3, 3, 3]),
      bias: integers(63, [5]),
      padding: 1,
      activation: { type: 'relu' },
      pool: { type: 'max', size: 2, stride: 2 },
    },
  },
];

/** What each preset shows, for the docs' preset cards (see `described`). */
const descriptions: Record<string, string> = {
  identity: 'A 3×3 kernel with a single 1 in the centre copies the input unchanged.',
  blur: 'Every output is the mean of its 3×3 neighbourhood, so the square’s edges soften.',
  sharpen: 'Five times the centre minus its four neighbours exaggerates the contrast at edges.',
  sobel:
    'Two filters respond to left–right and top–bottom changes: the square’s vertical and horizontal edges.',
  laplacian: 'Neighbours minus four times the centre: zero on flat regions, large on both sides of an edge.',
  'bottleneck-1x1':
    'Two 1×1 filters mix four channels into two at every pixel: depth shrinks, height and width stay.',
  depthwise:
    'With groups equal to the channels, each filter sees only its own channel: 3 filters, 3×3×3 + 3 = 30 parameters.',
  'stride-2':
    'A 3×3 filter moving two cells at a time shrinks 6×6 to 2×2; the last row and column fit no window and are never read.',
  'transposed-upsampling':
    'Each of 2×2 inputs scatters a 3×3 kernel with stride 2; overlaps add, padding crops, output padding restores 4×4.',
  'duke-q8-maxpool':
    'A 2-channel 4×4 image, one 3×3×2 kernel, zero padding 1, bias −1, LeakyReLU(0.1), then 2×2 max pooling.',
  'duke-q8-avgpool': 'The Q8 layer again, now pooled by averaging each non-overlapping 2×2 block.',
  'duke-q4-1x1-parameters':
    'One 1×1 filter over a 16-channel 64×64 input has 16 weights and a bias: 17 parameters.',
  'duke-q5-1x1-then-pool':
    'The 1×1 conv changes only the channel count (4 → 2); the stride-2 max pool halves only height and width.',
  'cmu-2b-stride-2':
    'Output size ⌊(7 + 2·2 − 3)/2⌋ + 1 = 5, so a 5×5 map (the exam gives sizes only; the values are ours).',
  'cmu-2b-same': 'With stride 1 a 5×5 filter needs padding (5 − 1)/2 = 2 to keep the 7×7 size.',
  'cmu-2c-valid': 'A valid convolution worked cell by cell: the 4×3 map shrinks to 3×2.',
  'cmu-2d-lenet-conv1':
    'Six 5×5 filters on a 32×32 image give 6×28×28 (156 parameters); 2×2 pooling (averaging, as LeNet subsamples) gives 6×14×14.',
  'cmu-2d-lenet-conv3':
    'Sixteen 6×5×5 filters on 6×14×14 give 16×10×10 (2416 parameters); 2×2 pooling gives 16×5×5.',
  'cmu-2d-lenet-conv5':
    '120 filters of 16×5×5 on a 16×5×5 map give 120×1×1, with 48 000 weights and 120 biases: 48 120 parameters.',
  'cmu-3c-rgb-5x5':
    'Five 3×5×5 filters with padding 2 and stride 1 keep H×W and give 5 channels (shown on a 6×6 image).',
  'stanford-g-15x15': 'Padding 1 and stride 1 keep 15×15, and 15 filters give 15 channels: 15×15×15.',
  'ucla-d-conv-pool-parameters':
    'Five 3×3×3 filters and their biases: 5·27 + 5 = 140 parameters, whatever the image size (8×8 here, 256×256 in the exam).',
};

export const convPresets: readonly ConvPreset[] = /* @__PURE__ */ described(convPresetProblems, descriptions);
