import { widgetKey, type KeyDoc } from './key-doc.js';

const pair = (least: number) => `int ≥ ${least}, or [rows, columns]`;

export const convKeys: readonly KeyDoc[] = [
  widgetKey('conv', 'a convolutional layer, with its activation and pooling'),
  {
    key: 'input',
    holds: 'number[C][H][W]',
    when: 'required',
    meaning: 'The input feature maps, channels first: C channels of H rows and W columns.',
  },
  {
    key: 'kernels',
    holds: 'number[F][C/groups][kH][kW]',
    when: 'required',
    meaning:
      'F filters; each has one kH × kW slice per input channel it sees. The layout is the same for a transposed layer (see below).',
  },
  { key: 'bias', holds: 'number[F]', when: 'default all 0', meaning: 'One bias per filter.' },
  {
    key: 'stride',
    holds: pair(1),
    when: 'default 1',
    meaning: 'How far the window jumps: one number for both directions, or a pair.',
  },
  {
    key: 'padding',
    holds: pair(0),
    when: 'default 0',
    meaning: 'Rows and columns of zeros added on every side of each channel.',
  },
  {
    key: 'dilation',
    holds: pair(1),
    when: 'default 1',
    meaning: 'The spacing of the kernel taps: 2 leaves one cell out between neighbouring taps.',
  },
  {
    key: 'groups',
    holds: 'int ≥ 1 that divides C and F',
    when: 'default 1',
    meaning:
      'Splits channels and filters into groups; each filter sees its group’s channels only. groups = C = F is a depthwise convolution.',
  },
  {
    key: 'transposed',
    holds: 'true or false',
    when: 'default false',
    meaning:
      'A transposed convolution: each input cell scatters input × kernel into the output, and overlaps add up.',
  },
  {
    key: 'outputPadding',
    holds: pair(0),
    when: 'default 0',
    meaning:
      'Transposed only: extra rows and columns at the bottom and right; less than the stride or the dilation in that direction.',
  },
  {
    key: 'activation',
    holds: 'an activation (below)',
    when: 'default identity',
    meaning: 'Applied to every output cell after the bias.',
  },
  {
    key: 'pool',
    holds: 'a pooling (below)',
    when: 'optional',
    meaning: 'Pools the activated maps.',
  },
];

export const poolKeys: readonly KeyDoc[] = [
  {
    key: 'type',
    holds: '"max" or "avg"',
    when: 'required',
    meaning: 'The largest value of each window, or their mean.',
  },
  { key: 'size', holds: pair(1), when: 'required', meaning: 'The window’s rows and columns.' },
  { key: 'stride', holds: pair(1), when: 'default: the size', meaning: 'How far the window jumps.' },
];
