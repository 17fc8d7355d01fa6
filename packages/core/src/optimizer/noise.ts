import { gaussian } from '../random.js';
import type { Noise } from './problem.js';

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
 * The noise added to an optimizer's gradients: σ·z with z ~ N(0, 1), x component then y for each
 * update. Every optimizer draws the same stream from the seed, so at update t each gets the same
 * noise: the race compares how they handle one noisy gradient, not their luck, and adding, removing
 * or changing another optimizer never changes this one's run. The same seed gives the same run
 * everywhere.
 */
export function noiseStream(noise: Noise): () => number {
  const z = gaussian(mix(noise.seed >>> 0));
  const { sigma } = noise;
  return () => sigma * z();
}
