// Fresh values drawn from a seed: a random problem for the toolbar's "Random", and the layers a
// structure edit adds (see reshape.ts). Kept apart from the structure edits, which only the network
// settings use, so that those load with the settings rather than with the page.
import {
  initializedNetwork,
  uniform,
  type Activation,
  type BackpropLayer,
  type BackpropProblem,
} from '@dlviz/core';
import { networkWidths } from './network-widths.js';

/** Two decimals: fresh weights a student can multiply by hand, as exam networks use. */
const readable = (x: number) => Math.round(x * 100) / 100;

/** Fresh Xavier weights of the given widths, rounded to readable values, biases 0. */
export function freshLayers(
  widths: readonly number[],
  activations: readonly Activation[],
  seed: number,
): BackpropLayer[] {
  return initializedNetwork(widths, activations, { type: 'xavier', seed }).map((layer) => ({
    ...layer,
    weights: layer.weights.map((row) => row.map(readable)),
  }));
}

/** "Random": the same network shape with fresh weights and inputs drawn from the seed shown. */
export function randomProblem(problem: BackpropProblem, seed: number): BackpropProblem {
  const widths = networkWidths(problem);
  const layers = freshLayers(
    widths,
    problem.layers.map((l) => l.activation),
    seed,
  );
  const next = uniform(seed ^ 0x5bd1e995);
  return { ...problem, layers, input: problem.input.map(() => Math.round((next() * 4 - 2) * 10) / 10) };
}
