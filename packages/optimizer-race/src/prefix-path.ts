import type { OptimizerRun } from '@dlviz/core';
import { drawnPoints } from './drawn-points.js';

/** Pixel coordinates this far outside the plot are pinned, so a diverging run never writes 1e300 into SVG. */
const FAR = 1e5;

function pin(value: number): number {
  return Number.isFinite(value) ? Math.min(FAR, Math.max(-FAR, value)) : 0;
}

/** Points beyond this many are thinned to an even stride: a 100 000-step run still draws quickly. */
const MAX_POINTS = 4000;

/**
 * A polyline through points 0 … count − 1 whose prefix up to any point is one `slice` away: the
 * text is built once per view, and each animation frame cuts it at the current step instead of
 * formatting the path again. It is built lazily, only as far as asked so far: a re-solve while
 * dragging formats the points up to the current step, and playback then only appends.
 */
export class PrefixPath {
  #text = '';
  /** Where sample k's segment ends in #text, for the samples built so far. */
  readonly #ends: Uint32Array;
  #built = 0;
  readonly #stride: number;
  readonly #count: number;
  readonly #point: (i: number) => readonly [number, number];

  constructor(count: number, point: (i: number) => readonly [number, number]) {
    this.#count = count;
    this.#point = point;
    this.#stride = Math.max(1, Math.ceil(count / MAX_POINTS));
    this.#ends = new Uint32Array(count === 0 ? 0 : Math.floor((count - 1) / this.#stride) + 1);
  }

  #segment(first: boolean, i: number): string {
    const [x, y] = this.#point(i);
    return `${first ? 'M' : 'L'}${pin(x).toFixed(1)},${pin(y).toFixed(1)}`;
  }

  /** The path through points 0 … i (clamped to the points there are); empty when there are none. */
  upTo(i: number): string {
    if (this.#count === 0) return '';
    const last = Math.min(Math.max(0, Math.floor(i)), this.#count - 1);
    const k = Math.floor(last / this.#stride);
    for (; this.#built <= k; this.#built++) {
      this.#text += this.#segment(this.#built === 0, this.#built * this.#stride);
      this.#ends[this.#built] = this.#text.length;
    }
    const head = this.#text.slice(0, this.#ends[k]);
    return last % this.#stride === 0 ? head : head + this.#segment(false, last);
  }
}

/** A point's pixel coordinates pinned to a drawable range. */
export function pinned(x: number, y: number): [number, number] {
  return [pin(x), pin(y)];
}

/** Each run's path through the points it draws (see drawnPoints), `point(run, i)` placing point i. */
export function runPaths(
  runs: readonly OptimizerRun[],
  point: (run: OptimizerRun, i: number) => readonly [number, number],
): PrefixPath[] {
  return runs.map((run) => new PrefixPath(drawnPoints(run), (i) => point(run, i)));
}
