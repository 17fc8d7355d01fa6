import { untrack } from 'svelte';

/**
 * A <details> section's state as the reader leaves it: whether it is open, and whether it has ever
 * been, for contents loaded or drawn the first time it opens and kept from then on. Use `toggle` as
 * its `ontoggle` and `attach` with `{@attach}`. Kept where the section may be drawn anew (an invalid
 * problem takes its place for a moment), the new one opens as the reader left the old.
 */
export class Disclosure {
  open = $state(false);
  opened = $state(false);

  constructor(open = false) {
    this.open = open;
    this.opened = open;
  }

  toggle = (event: Event & { currentTarget: HTMLDetailsElement }) => {
    this.open = event.currentTarget.open;
    this.opened ||= this.open;
  };

  /**
   * Opens a section drawn anew if the reader had it open. A binding would instead close a
   * prerendered section the reader opened before the page's script took over; that one counts as
   * opened.
   */
  attach = (details: HTMLDetailsElement) => {
    if (untrack(() => this.open)) details.open = true;
    else if (details.open)
      this.toggle({ currentTarget: details } as Event & { currentTarget: HTMLDetailsElement });
  };
}
