/**
 * A module loaded on demand, then held for code that runs outside an OnDemand (which shows its own
 * loaded module only to what it wraps): a click's handler, or the chain rule's paths drawn on the
 * network. Give `load` to the OnDemand that shows the part, so that it says while the module loads
 * and if it cannot.
 */
export class Loaded<T> {
  /** The module, once loaded. */
  module = $state.raw<T>();
  readonly #load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** Imports are cached by the browser, so this is one request however often it is called. */
  load = (): Promise<T> => this.#load().then((module) => (this.module = module));
}
