import type { BackpropParameterRef } from '@dlviz/core';
import { parameterName } from './labels.js';
import type { View } from './layout.js';

/**
 * The backprop graph's `view` option: how it is displayed, which the problem does not hold, so that
 * a link shows what was on screen. `graph` for the computational graph, and a chosen parameter by
 * the name the chain rule gives it, after a comma: `graph,W[0][1][0]`, `neurons,b[1][0]`. The
 * default (the neuron diagram, nothing chosen) is no option at all.
 */
export interface ViewOption {
  readonly view: View;
  readonly parameter?: BackpropParameterRef;
}

const WEIGHT = /^W\[(\d+)\]\[(\d+)\]\[(\d+)\]$/;
const BIAS = /^b\[(\d+)\]\[(\d+)\]$/;

/** Reads the option; what it does not understand is left at the default (the network may lack it). */
export function readViewOption(text: string | undefined): ViewOption {
  const [view, name = ''] = (text ?? '').split(',').map((part) => part.trim());
  const weight = WEIGHT.exec(name);
  const bias = BIAS.exec(name);
  const parameter: BackpropParameterRef | undefined = weight
    ? { layer: Number(weight[1]), kind: 'weight', row: Number(weight[2]), column: Number(weight[3]) }
    : bias
      ? { layer: Number(bias[1]), kind: 'bias', row: Number(bias[2]) }
      : undefined;
  return { view: view === 'graph' ? 'graph' : 'neurons', ...(parameter && { parameter }) };
}

/** The option for what is on screen, or undefined for the default. */
export function viewOptionText(view: View, parameter: BackpropParameterRef | undefined): string | undefined {
  if (view === 'neurons' && !parameter) return undefined;
  return parameter ? `${view},${parameterName(parameter)}` : view;
}
