import { describe, expect, it } from 'vitest';
import { forward } from './forward.js';
import type { Layer } from './network.js';
import { backpropPresets } from './presets.js';

describe('forward', () => {
  // The Duke Q9 network: its first layer is LeakyReLU(0.5) after W·x + b, on x = (1, 2).
  const duke = backpropPresets.find((p) => p.id === 'duke-q9-leaky-mlp')!.problem;

  it('keeps the weighted sums before the bias, then z and a', () => {
    const [values] = forward(duke.layers, duke.input);
    expect(values).toEqual({ weighted: [-0.5, 2.5, 2], z: [2, 2, 3], a: [2, 2, 3] });
  });

  it('adds the bias last, so z is exactly the weighted sum plus the bias', () => {
    // 0.1·0.7 + 0.2·0.3 is not 0.13 in binary: z must be computed from the same weighted sum shown.
    const odd: Layer = { weights: [[0.1, 0.2]], bias: [0.3], activation: { type: 'identity' } };
    const [values] = forward([odd], [0.7, 0.3]);
    expect(values!.z[0]).toBe(values!.weighted[0]! + 0.3);
    expect(values!.weighted[0]).toBe(0.1 * 0.7 + 0.2 * 0.3);
  });
});
