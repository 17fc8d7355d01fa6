/** How fast "play" walks through the steps, in steps per second. */
export const stepSpeeds = [0.5, 1, 2, 4, 8] as const;

/** One entry of the speed menu: steps per second and how the menu names it ("15 updates/s"). */
export interface SpeedChoice {
  value: number;
  label: string;
}

export interface StepperOptions {
  /** The number of steps; read reactively, so it can follow a trace that grows or shrinks. */
  length: () => number;
  /** Where to start, clamped into range (the `initial-step` option). */
  initialStep?: number;
  /** Read reactively: whenever what it answers changes (a new problem), the steps start again there. */
  startsOver?: () => unknown;
  /** Steps per second while playing. */
  speed?: number;
  /** Called after a user action moved to another step, e.g. to emit `stepchange`. */
  onchange?: (index: number) => void;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * Which step of a trace is shown, and the play/pause timer that walks through them.
 * The index is derived from the requested one and the current length, so a trace that shrinks
 * (the user made the problem smaller) never leaves the index pointing past its end.
 */
export class Stepper {
  #length: () => number;
  readonly #initial: number;
  readonly #startsOver: (() => unknown) | undefined;
  /** The step asked for: the initial one until a move, and again whenever `startsOver` changes. */
  #requested = $derived.by(() => {
    this.#startsOver?.();
    return this.#initial;
  });
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onchange: ((index: number) => void) | undefined;

  readonly length = $derived(Math.max(0, Math.floor(this.#lengthOf())));
  readonly index = $derived(clamp(this.#requested, 0, Math.max(0, this.length - 1)));
  readonly atStart = $derived(this.index === 0);
  readonly atEnd = $derived(this.index >= this.length - 1);
  playing = $state(false);
  speed = $state(2);

  constructor(options: StepperOptions) {
    this.#length = options.length;
    this.#onchange = options.onchange;
    this.#initial = Math.max(0, Math.floor(options.initialStep ?? 0));
    this.#startsOver = options.startsOver;
    if (options.speed !== undefined && options.speed > 0) this.speed = options.speed;
  }

  #lengthOf(): number {
    const n = this.#length();
    return Number.isFinite(n) ? n : 0;
  }

  go(index: number): void {
    const before = this.index;
    this.#requested = clamp(Math.floor(Number.isFinite(index) ? index : 0), 0, Math.max(0, this.length - 1));
    if (this.index !== before) this.#onchange?.(this.index);
  }

  next(): void {
    this.go(this.index + 1);
  }

  previous(): void {
    this.go(this.index - 1);
  }

  first(): void {
    this.go(0);
  }

  last(): void {
    this.go(this.length - 1);
  }

  /** Plays from the current step; from the last step it starts over, as media players do. */
  play(): void {
    if (this.length < 2) return;
    if (this.atEnd) this.first();
    this.playing = true;
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Back to the first step, stopped. */
  reset(): void {
    this.pause();
    this.first();
  }

  /** Stops the timer; call when the owner is destroyed so no callback outlives it. */
  destroy(): void {
    this.pause();
  }

  // A chain of timeouts rather than an interval: a speed change applies from the next tick,
  // and reaching the end stops the chain without a separate check.
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (!this.playing) return;
      this.next();
      if (this.atEnd) this.pause();
      else this.#schedule();
    }, 1000 / this.speed);
  }
}
