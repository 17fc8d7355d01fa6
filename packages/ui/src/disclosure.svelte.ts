import { untrack } from 'svelte';

type ToggleEvent = Event & { currentTarget: HTMLDetailsElement };

/**
 * A <details> section's state as the reader leaves it: whether it is open, and whether it has ever
 * been, for contents loaded or drawn the first time it opens and kept from then on. Use `toggle` as
 * its `ontoggle` and `attach` with `{@attach}`, not a binding: a binding would close a prerendered
 * section the reader opened before the page's script took over. Kept where the section may be
 * drawn anew (an invalid problem takes its place for a moment), the new one opens as the reader
 * left the old.
 */
export class Disclosure {
  open = $state(false);
  opened = $state(false);

  /** `open`: how the section starts; its markup says so too (a static `open` attribute). */
  constructor(open = false) {
    this.open = this.opened = open;
  }

  toggle = (event: ToggleEvent) => {
    this.open = event.currentTarget.open;
    this.opened ||= this.open;
  };

  /**
   * A section drawn anew opens if the reader had it open; a prerendered one the reader opened before
   * the page's script took over counts as opened.
   */
  attach = (details: HTMLDetailsElement) =>
    untrack(() => {
      if (details.open) this.open = this.opened = true;
      else if (this.open) details.open = true;
    });
}
