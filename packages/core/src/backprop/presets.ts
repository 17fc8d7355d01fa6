import type { Activation } from '../activation.js';
import { initializedNetwork } from './initialize.js';
import type { BackpropProblem } from './network.js';

export interface BackpropPreset {
  readonly id: string;
  readonly title: string;
  /** One line, in our own words: what the preset shows. */
  readonly description: string;
  readonly problem: BackpropProblem;
}

const leaky = (alpha: number): Activation => ({ type: 'leakyRelu', alpha });
const relu: Activation = { type: 'relu' };
const sigmoid: Activation = { type: 'sigmoid' };
const tanh: Activation = { type: 'tanh' };
const identity: Activation = { type: 'identity' };

export const backpropPresets: readonly BackpropPreset[] = [
  {
    id: 'duke-q9-leaky-mlp',
    title: 'Duke ECE 685D 2024, Q9: a 2-3-2 LeakyReLU network',
    description:
      'Two LeakyReLU(0.5) layers and half the summed squared error; the first-layer weight W[0][1][0] collects gradient along two paths.',
    problem: {
      widget: 'backprop',
      input: [1, 2],
      target: [4, 1],
      layers: [
        {
          weights: [
            [-0.5, 0],
            [0.5, 1],
            [0, 1],
          ],
          bias: [2.5, -0.5, 1],
          activation: leaky(0.5),
        },
        {
          weights: [
            [0.5, 2, 0.5],
            [1, -0.5, -2],
          ],
          bias: [-5, -1],
          activation: leaky(0.5),
        },
      ],
      loss: { type: 'mse', reduction: 'halfSum' },
      learningRate: 0.1,
    },
  },
  {
    id: 'ucla-weighted-bce',
    title: 'UCLA ECE C147 2023, Problem 2: weighted cross-entropy for rare positives',
    description:
      'A ReLU hidden layer and a sigmoid output trained with binary cross-entropy that weighs the rare positive class ten times more.',
    problem: {
      widget: 'backprop',
      input: [0.5, -1, 2],
      target: [1],
      layers: [
        {
          weights: [
            [0.2, -0.4, 0.1],
            [0.5, 0.3, -0.2],
          ],
          bias: [0.1, -0.1],
          activation: relu,
        },
        { weights: [[1.5, -2]], bias: [0.25], activation: sigmoid },
      ],
      loss: { type: 'bce', positiveWeight: 10, negativeWeight: 1 },
      learningRate: 0.1,
    },
  },
  {
    id: 'itm528-relu',
    title: 'ITM 528, Q5: a 2-2-2 ReLU network',
    description:
      'A ReLU hidden layer with one unit switched off, so no gradient reaches its weights; the target is our reading of the key (loss 2.5).',
    problem: {
      widget: 'backprop',
      input: [2, -1],
      target: [1, 0.5],
      layers: [
        {
          weights: [
            [1, 0.5],
            [-0.5, -1],
          ],
          bias: [0.5, -0.5],
          activation: relu,
        },
        {
          weights: [
            [0.5, -0.5],
            [-1, 1],
          ],
          bias: [-1, 0.5],
          activation: identity,
        },
      ],
      loss: { type: 'mse', reduction: 'halfSum' },
      learningRate: 0.1,
    },
  },
  {
    id: 'stanford-softplus-softmax',
    title: 'Stanford CS230 2021, Q4: Softplus hidden layer, softmax and cross-entropy',
    description:
      'Three classes with a one-hot target: the gradient at the logits is softmax minus target, then it flows back through Softplus.',
    problem: {
      widget: 'backprop',
      input: [1, -1],
      target: [0, 1, 0],
      layers: [
        {
          weights: [
            [0.5, -0.5],
            [1, 0.5],
            [-1, 0.25],
          ],
          bias: [0, 0.5, 0],
          activation: { type: 'softplus', beta: 1 },
        },
        {
          weights: [
            [1, -1, 0.5],
            [0.5, 0.5, -1],
            [-0.5, 1, 1],
          ],
          bias: [0, 0, 0],
          activation: identity,
        },
      ],
      loss: { type: 'crossEntropy' },
      learningRate: 0.1,
    },
  },
  {
    id: 'vanishing-sigmoid',
    title: 'Vanishing gradients: six sigmoid layers',
    description:
      'A deep, narrow sigmoid network with Xavier weights: each layer multiplies the gradient by at most 0.25 times a weight, so the first layers barely learn.',
    problem: {
      widget: 'backprop',
      input: [1, -1],
      target: [1],
      // A seed whose units all stay live under ReLU, so switching the activation shows the cure.
      layers: initializedNetwork([2, 2, 2, 2, 2, 2, 1], new Array<Activation>(6).fill(sigmoid), {
        type: 'xavier',
        seed: 49,
      }),
      loss: { type: 'mse', reduction: 'halfSum' },
      learningRate: 0.5,
    },
  },
  {
    id: 'exploding-linear',
    title: 'Exploding gradients: five layers that double one direction',
    description:
      'Each hidden layer doubles one coordinate and halves the other. The input lies along the halved one, so the signal shrinks on the way forward while the gradient grows along the doubled one on the way back: each layer’s weight gradient is about four times the next one’s, and training at η = 0.1 overflows within four steps.',
    problem: {
      widget: 'backprop',
      input: [0, 1],
      target: [-1],
      layers: [
        ...Array.from({ length: 5 }, () => ({
          weights: [
            [2, 0],
            [0, 0.5],
          ],
          bias: [0, 0],
          activation: identity,
        })),
        { weights: [[1, 1]], bias: [0], activation: identity },
      ],
      loss: { type: 'mse', reduction: 'halfSum' },
      learningRate: 0.1,
    },
  },
  {
    id: 'step-threshold',
    title: 'Threshold units pass no gradient',
    description:
      'A hidden layer of step functions: the output layer still learns, but the step’s zero derivative stops every gradient below it.',
    problem: {
      widget: 'backprop',
      input: [1, 2],
      target: [3],
      layers: [
        {
          weights: [
            [1, -1],
            [0.5, 0.5],
          ],
          bias: [0, -1],
          activation: { type: 'step' },
        },
        { weights: [[1, 1]], bias: [0], activation: identity },
      ],
      loss: { type: 'mse', reduction: 'halfSum' },
      learningRate: 0.1,
    },
  },
  {
    id: 'symmetric-constant-init',
    title: 'All-equal weights keep hidden units identical',
    description:
      'Every weight starts at 0.5: the three tanh units compute the same value and receive the same gradient, so training never tells them apart.',
    problem: {
      widget: 'backprop',
      input: [1, 0.5],
      target: [-1],
      layers: initializedNetwork([2, 3, 1], [tanh, identity], { type: 'constant', value: 0.5 }),
      loss: { type: 'mse', reduction: 'halfSum' },
      learningRate: 0.1,
    },
  },
  {
    id: 'zero-init',
    title: 'All-zero weights: only the output bias learns',
    description:
      'With zero weights the tanh units output 0 and the weights above them are 0, so every weight gradient vanishes; only the last bias moves.',
    problem: {
      widget: 'backprop',
      input: [1, 0.5],
      target: [1],
      layers: initializedNetwork([2, 3, 1], [tanh, identity], { type: 'zeros' }),
      loss: { type: 'mse', reduction: 'halfSum' },
      learningRate: 0.1,
    },
  },
];
