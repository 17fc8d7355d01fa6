import { compute } from './compute.js';
import { nestMaps } from './flat.js';
import type { ConvProblem, Maps } from './problem.js';

/**
 * Routes a gradient on the pooled maps back to the activation output (the pool's input). Max
 * pooling sends each pooled cell's gradient to its window's maximum only (the first one on ties, as
 * PyTorch does); average pooling spreads it evenly, 1/(window size) to each cell. Where windows
 * overlap (stride < size) the routed gradients add up. `upstream` is ∂L/∂P, [F][Hp][Wp]; by default
 * all ones, which shows where each pooled cell's gradient goes.
 */
export function poolBackward(problem: ConvProblem, upstream?: Maps): Maps {
  const run = compute(problem);
  const { geometry: g, pooled } = run;
  const spec = problem.pool;
  if (!spec || !pooled) throw new RangeError('this problem has no pool to route a gradient through');
  const [Hp, Wp] = [g.pooledHeight, g.pooledWidth];
  if (
    upstream &&
    (upstream.length !== g.filters || upstream.some((m) => m.length !== Hp || m.some((r) => r.length !== Wp)))
  ) {
    throw new RangeError(`the upstream gradient must have the pooled shape [${g.filters}][${Hp}][${Wp}]`);
  }
  const [kh, kw] = spec.size;
  const [sh, sw] = spec.stride;
  const cells = g.outputHeight * g.outputWidth;
  const gradient = new Float64Array(g.filters * cells);
  for (let f = 0, at = 0; f < g.filters; f++) {
    for (let r = 0; r < Hp; r++) {
      for (let c = 0; c < Wp; c++, at++) {
        const incoming = upstream ? upstream[f]![r]![c]! : 1;
        if (pooled.argmax) {
          gradient[f * cells + pooled.argmax[at]!]! += incoming;
          continue;
        }
        const share = incoming / (kh * kw);
        for (let u = 0; u < kh; u++) {
          for (let v = 0; v < kw; v++)
            gradient[f * cells + (r * sh + u) * g.outputWidth + c * sw + v]! += share;
        }
      }
    }
  }
  return nestMaps(gradient, g.filters, g.outputHeight, g.outputWidth);
}
