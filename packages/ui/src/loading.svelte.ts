/**
 * A part's code as it loads: `slow` once the load has taken a moment (150 ms: quicker than a reader
 * notices a gap, slower than a cached import, so a part shown again does not flash "Loading…"),
 * then `loaded` or `failed`. State rather than Svelte's {#await}: OnDemand is its only user, and
 * the block's runtime would weigh on every element's first load for it.
 */
export class Loading<T> {
  loaded = $state.raw<{ value: T }>();
  failed = $state(false);
  slow = $state(false);

  constructor(promise: Promise<T>) {
    promise.then(
      (value) => (this.loaded = { value }),
      () => (this.failed = true),
    );
    setTimeout(() => (this.slow = true), 150);
  }
}
