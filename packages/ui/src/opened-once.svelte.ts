/**
 * Whether a <details> has ever been open: for contents loaded or drawn the first time it opens, and
 * kept from then on, so closing and opening it again keeps what they hold. Use `toggle` as its
 * `ontoggle` and `attach` with `{@attach}`.
 */
export class OpenedOnce {
  opened = $state(false);

  toggle = (event: Event & { currentTarget: HTMLDetailsElement }) => {
    this.opened ||= event.currentTarget.open;
  };

  /** A reader may have opened it before the page's script took over (a prerendered page). */
  attach = (details: HTMLDetailsElement) => {
    if (details.open) this.opened = true;
  };
}
