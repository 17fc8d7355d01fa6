/**
 * A module loaded on demand, then held for code that runs outside an OnDemand (which shows its own
 * loaded module only to what it wraps): a click's handler, or the chain rule's paths drawn on the
 * network. Give `load` to the OnDemand that shows the part, so that it says while the module loads
 * and if it cannot.
 */
export class Loaded<T> {
  /** The module, once loaded. */
  module = $state.raw<T>();
  /** A handler is waiting for the module (see `wait`). */
  loading = $state(false);
  readonly #load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** Imports are cached by the browser, so this is one request however often it is called. */
  load = (): Promise<T> =>
    this.module === undefined
      ? this.#load().then((module) => (this.module = module))
      : Promise.resolve(this.module);

  /** For a click's handler: the module, or undefined if it cannot load; `loading` meanwhile. */
  async wait(): Promise<T | undefined> {
    this.loading = true;
    try {
      return await this.load();
    } catch {
      return undefined;
    } finally {
      this.loading = false;
    }
  }
}
