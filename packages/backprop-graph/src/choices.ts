import { activationTypes, type Activation, type ActivationType, type BackpropLoss } from '@dlviz/core';

/** The activation of a given type with its parameter's default (LeakyReLU α, Softplus β as in PyTorch). */
export function activationOfType(type: ActivationType, previous?: Activation): Activation {
  if (previous?.type === type) return previous;
  if (type === 'leakyRelu') return { type, alpha: 0.01 };
  if (type === 'softplus') return { type, beta: 1 };
  return { type } as Activation;
}

export const activationChoices: readonly { type: ActivationType; label: string }[] = activationTypes.map(
  (type) => ({
    type,
    label: {
      identity: 'identity',
      relu: 'ReLU',
      leakyRelu: 'LeakyReLU (α)',
      sigmoid: 'sigmoid',
      tanh: 'tanh',
      softplus: 'Softplus (β)',
      step: 'step',
    }[type],
  }),
);

/** The five losses the format knows, each as one choice in a list. */
export const lossChoices: readonly { id: string; label: string; loss: BackpropLoss }[] = [
  { id: 'mse-mean', label: 'MSE, mean', loss: { type: 'mse', reduction: 'mean' } },
  { id: 'mse-sum', label: 'MSE, sum', loss: { type: 'mse', reduction: 'sum' } },
  { id: 'mse-halfSum', label: 'MSE, ½ sum', loss: { type: 'mse', reduction: 'halfSum' } },
  { id: 'crossEntropy', label: 'Softmax cross-entropy', loss: { type: 'crossEntropy' } },
  { id: 'bce', label: 'Weighted BCE (α, β)', loss: { type: 'bce', positiveWeight: 1, negativeWeight: 1 } },
];

export function lossChoiceId(loss: BackpropLoss): string {
  return loss.type === 'mse' ? `mse-${loss.reduction}` : loss.type;
}
