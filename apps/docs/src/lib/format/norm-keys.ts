import { widgetKey, type KeyDoc } from './key-doc.js';

export const normKeys: readonly KeyDoc[] = [
  widgetKey('norm', 'a normalization layer'),
  {
    key: 'input',
    holds: 'number[N][C][H][W], number[N][C] or number[B][T][D]',
    when: 'required',
    meaning: 'A batch of activations: images, feature vectors, or a transformer’s tokens.',
  },
  {
    key: 'layout',
    holds: '"NCHW", "NC" or "BTD"',
    when: 'default: from the input’s rank (4, 2 or 3)',
    meaning: 'Names the axes. BTD is batch, time (the tokens), features.',
  },
  {
    key: 'type',
    holds: '"batch", "layer", "instance", "group" or "rms"',
    when: 'required',
    meaning: 'Which axes share a mean and a variance (below).',
  },
  {
    key: 'groups',
    holds: 'int ≥ 1 that divides C (D for BTD)',
    when: 'required for group',
    meaning: 'group only: how many groups the channels are split into.',
  },
  {
    key: 'eps',
    holds: 'number ≥ 0',
    when: 'default 1e-5',
    meaning: 'Added to the variance under the square root.',
  },
  {
    key: 'gamma',
    holds: 'number[C] (number[D] for BTD)',
    when: 'default all 1',
    meaning: 'γ, the scale applied to each channel’s (feature’s) normalized values.',
  },
  {
    key: 'beta',
    holds: 'number[C] (number[D] for BTD)',
    when: 'default all 0',
    meaning: 'β, the shift added after the scale.',
  },
];
