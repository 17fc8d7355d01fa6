import { uniform, type ConvProblemJson } from '@dlviz/core';

/** Small integers from −2 to 2, which keep every product and sum easy to check by hand. */
function draw(next: () => number): number {
  return Math.floor(next() * 5) - 2;
}

function filled(shape: unknown, next: () => number): unknown {
  return Array.isArray(shape) ? shape.map((item) => filled(item, next)) : draw(next);
}

/**
 * The same layer (every size and hyperparameter kept) with new input, weights and biases drawn from
 * `seed`: a fresh exercise of the same kind, reproducible from the seed shown next to "Random".
 */
export function randomValues(json: ConvProblemJson, seed: number): ConvProblemJson {
  const next = uniform(seed);
  return {
    ...json,
    input: filled(json.input, next) as number[][][],
    kernels: filled(json.kernels, next) as number[][][][],
    bias: json.kernels.map(() => draw(next)),
  };
}
