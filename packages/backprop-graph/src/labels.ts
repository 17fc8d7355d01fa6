import { activationName, formatText, type Activation, type BackpropLoss } from '@dlviz/core';

/** Numbers drawn in the diagram: four significant digits (narration and worked answer carry full precision). */
export const shown = (x: number): string => formatText(x, 4);

/** A short formula for the loss node. */
export function lossLabel(loss: BackpropLoss): string {
  switch (loss.type) {
    case 'mse':
      return loss.reduction === 'mean'
        ? 'mean (o − t)²'
        : loss.reduction === 'sum'
          ? 'Σ (o − t)²'
          : '½ Σ (o − t)²';
    case 'crossEntropy':
      return 'CE(softmax o, t)';
    case 'bce':
      return `BCE α=${shown(loss.positiveWeight)} β=${shown(loss.negativeWeight)}`;
  }
}

/** An activation's name as a column heading; a short form fits the graph view's nodes. */
export function activationLabel(activation: Activation, short = false): string {
  if (!short) return activationName(activation);
  switch (activation.type) {
    case 'leakyRelu':
      return `LReLU ${shown(activation.alpha)}`;
    case 'softplus':
      return activation.beta === 1 ? 'softplus' : `softplus ${shown(activation.beta)}`;
    case 'identity':
      return 'id';
    case 'sigmoid':
      return 'σ';
    default:
      return activationName(activation);
  }
}

/** A parameter's name as the core's narration writes it. */
export const parameterName = (p: {
  layer: number;
  kind: 'weight' | 'bias';
  row: number;
  column?: number;
}): string => (p.kind === 'weight' ? `W[${p.layer}][${p.row}][${p.column}]` : `b[${p.layer}][${p.row}]`);
