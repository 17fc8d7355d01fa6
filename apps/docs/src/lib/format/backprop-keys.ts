import { widgetKey, type KeyDoc } from './key-doc.js';

export const backpropKeys: readonly KeyDoc[] = [
  widgetKey('backprop', 'one forward and backward pass through a fully connected network'),
  {
    key: 'input',
    holds: 'number[inputs]',
    when: 'required',
    meaning: 'The one example x fed to the network.',
  },
  {
    key: 'target',
    holds: 'number[outputs]',
    when: 'required',
    meaning:
      'What the last layer should output, one value per unit; for cross-entropy, a probability distribution.',
  },
  {
    key: 'layers',
    holds: 'a list of layers (below)',
    when: 'required',
    meaning: 'The dense layers in order: each computes z = W·a + b from the one before, then a = act(z).',
  },
  {
    key: 'loss',
    holds: 'a loss (below)',
    when: 'required',
    meaning: 'How the output is scored against the target.',
  },
  {
    key: 'learningRate',
    holds: 'number ≥ 0',
    when: 'default 0.1',
    meaning: 'η of the update every parameter gets after the backward pass: p ← p − η·∂L/∂p.',
  },
];

export const layerKeys: readonly KeyDoc[] = [
  {
    key: 'weights',
    holds: 'number[units][inputs]',
    when: 'required',
    meaning: 'W: one row per unit of this layer, one column per value of the layer before (or of the input).',
  },
  { key: 'bias', holds: 'number[units]', when: 'required', meaning: 'b: one per unit.' },
  {
    key: 'activation',
    holds: 'an activation (see conv)',
    when: 'default identity',
    meaning: 'act, applied to z.',
  },
];

export const lossKeys: readonly KeyDoc[] = [
  {
    key: 'type',
    holds: '"mse", "crossEntropy" or "bce"',
    when: 'required',
    meaning:
      'Squared error; softmax of the output followed by cross-entropy with the target; or weighted binary cross-entropy of outputs that lie strictly between 0 and 1, summed over the outputs.',
  },
  {
    key: 'reduction',
    holds: '"mean", "sum" or "halfSum"',
    when: 'required for mse',
    meaning: 'mse only: the mean of the squared errors, their sum, or half their sum.',
  },
  {
    key: 'positiveWeight',
    holds: 'number ≥ 0',
    when: 'default 1',
    meaning: 'bce only: α in −(α·t·log o + β·(1 − t)·log(1 − o)).',
  },
  { key: 'negativeWeight', holds: 'number ≥ 0', when: 'default 1', meaning: 'bce only: β in the same sum.' },
];
