import { widgetKey, type KeyDoc } from './key-doc.js';

export const optimizerKeys: readonly KeyDoc[] = [
  widgetKey('optimizer', 'optimizers racing down a loss surface f(x, y)'),
  {
    key: 'surface',
    holds: '{"expression": "…"} or {"preset": name}',
    when: 'required',
    meaning: 'The loss f(x, y): an expression of your own, or one of the named surfaces (below).',
  },
  { key: 'start', holds: '[x, y]', when: 'required', meaning: 'θ₀, where every optimizer starts.' },
  {
    key: 'steps',
    holds: 'int ≥ 0',
    when: 'default 100',
    meaning: 'How many updates each optimizer makes.',
  },
  {
    key: 'noise',
    holds: '{"sigma": number ≥ 0, "seed": int ≥ 0}',
    when: 'optional',
    meaning:
      'Adds Gaussian noise of standard deviation sigma to every gradient component, drawn from a generator seeded with seed: the same seed gives the same run.',
  },
  {
    key: 'optimizers',
    holds: 'a list of optimizers (below)',
    when: 'required',
    meaning: 'Each runs from the start on its own; none sees another.',
  },
];

export const surfaceKeys: readonly KeyDoc[] = [
  {
    key: 'expression',
    holds: 'string',
    when: 'this or preset',
    meaning: 'f(x, y) in the grammar below.',
  },
  { key: 'preset', holds: 'a surface name', when: 'this or expression', meaning: 'A named surface.' },
];

export const noiseKeys: readonly KeyDoc[] = [
  { key: 'sigma', holds: 'number ≥ 0', when: 'required', meaning: 'The noise’s standard deviation.' },
  { key: 'seed', holds: 'int ≥ 0', when: 'required', meaning: 'Seeds the generator.' },
];
