import { gaussian, uniform } from '../random.js';
import type { Activation } from '../activation.js';
import type { Layer } from './network.js';

/**
 * How to set a network's weights before training. Biases start at 0 in every scheme, so that what the
 * presets show (all-equal weights keep hidden units identical; xavier and he keep signals alive) is the
 * weights' doing alone.
 */
export type Initializer =
  | { readonly type: 'zeros' }
  | { readonly type: 'constant'; readonly value: number }
  /** Glorot uniform: U(−a, a), a = √(6 / (fan_in + fan_out)), as torch.nn.init.xavier_uniform_. */
  | { readonly type: 'xavier'; readonly seed: number }
  /** Kaiming normal: N(0, 2 / fan_in), as torch.nn.init.kaiming_normal_ for ReLU. */
  | { readonly type: 'he'; readonly seed: number };

/** New layers with the same shapes and activations; one seeded generator draws the weights row by row. */
export function initializeLayers(layers: readonly Layer[], initializer: Initializer): Layer[] {
  let draw: (fanIn: number, fanOut: number) => number;
  switch (initializer.type) {
    case 'zeros':
      draw = () => 0;
      break;
    case 'constant':
      draw = () => initializer.value;
      break;
    case 'xavier': {
      const next = uniform(initializer.seed);
      draw = (fanIn, fanOut) => (2 * next() - 1) * Math.sqrt(6 / (fanIn + fanOut));
      break;
    }
    case 'he': {
      const next = gaussian(initializer.seed);
      draw = (fanIn) => next() * Math.sqrt(2 / fanIn);
      break;
    }
  }
  return layers.map(({ weights, bias, activation }) => {
    const fanIn = weights[0]!.length;
    const fanOut = weights.length;
    return {
      weights: weights.map((row) => row.map(() => draw(fanIn, fanOut))),
      bias: bias.map(() => 0),
      activation,
    };
  });
}

/** A network of the given widths (the first is the input's length) and activations, weights set by `initializer`. */
export function initializedNetwork(
  widths: readonly number[],
  activations: readonly Activation[],
  initializer: Initializer,
): Layer[] {
  const shapes = activations.map((activation, l) => ({
    weights: Array.from({ length: widths[l + 1]! }, () => new Array<number>(widths[l]!).fill(0)),
    bias: new Array<number>(widths[l + 1]!).fill(0),
    activation,
  }));
  return initializeLayers(shapes, initializer);
}
