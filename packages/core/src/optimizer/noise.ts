import { gaussian } from '../random.js';
import type { OptimizerProblem } from './problem.js';

/** murmur3's 32-bit finalizer: nearby seeds give unrelated generator states. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The noise of a race: σ·z with z ~ N(0, 1), x component then y for each update, 2·steps values
 * (none without noise). Every optimizer adds these same values, so at update t each gets the same
 * noise: the race compares how they handle one noisy gradient, not their luck, and adding, removing
 * or changing another optimizer never changes this one's run. Drawn once per race, not per
 * optimizer; the same seed gives the same run everywhere.
 */
export function raceNoise({ noise, steps }: Pick<OptimizerProblem, 'noise' | 'steps'>): Float64Array {
  const z = noise && gaussian(mix(noise.seed >>> 0));
  return Float64Array.from({ length: z ? 2 * steps : 0 }, () => noise!.sigma * z!());
}
