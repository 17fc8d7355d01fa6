import type { KeyDoc } from './key-doc.js';

/** An activation object, as conv's `activation` and each backprop layer's take it. */
export const activationKeys: readonly KeyDoc[] = [
  {
    key: 'type',
    holds: '"identity", "relu", "leakyRelu", "sigmoid", "tanh", "softplus" or "step"',
    when: 'required',
    meaning: 'The function applied to every pre-activation z. "step" gives 1 where z ≥ 0 and 0 elsewhere.',
  },
  {
    key: 'alpha',
    holds: 'number',
    when: 'default 0.01',
    meaning: 'leakyRelu only: the slope for z < 0.',
  },
  {
    key: 'beta',
    holds: 'number > 0',
    when: 'default 1',
    meaning: 'softplus only: the sharpness, softplus(z) = log(1 + e^(βz))/β.',
  },
];
