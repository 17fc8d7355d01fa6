import { gaussian } from '../random.js';
import type { Noise } from './problem.js';

/** murmur3's 32-bit finalizer: nearby (seed, index) pairs give unrelated seeds. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The noise added to optimizer k's gradients: σ·z with z ~ N(0, 1), x component then y for each
 * update. Each optimizer draws from its own stream, derived from the seed and its index, so adding,
 * removing or changing another optimizer never changes this one's run; the same seed gives the same
 * run everywhere.
 */
export function noiseStream(noise: Noise, k: number): () => number {
  const z = gaussian(mix((noise.seed + Math.imul(k + 1, 0x9e3779b9)) >>> 0));
  const { sigma } = noise;
  return () => sigma * z();
}
