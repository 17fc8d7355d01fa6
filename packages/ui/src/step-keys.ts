/** What the keyboard can do to a stepper; `Stepper` has all of it. */
export interface Steppable {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  toggle(): void;
}

/** Elements that use these keys themselves: typing, choosing, or native range stepping. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable]:not([contenteditable="false"])'))
    return true;
  return false;
}

/** Space on these activates them; the widget must not also toggle playback. */
function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('button, a[href], summary, [role="button"], [role="menuitem"], [role="gridcell"]') !== null
  );
}

/**
 * A keydown handler for a widget's root: ←/→ step, Space plays or pauses, Home/End jump.
 * Keys typed into fields, keys with modifiers, and keys a descendant already handled
 * (`preventDefault`, as the matrix grid does for its arrow navigation) are left alone.
 * `enabled` lets an instructor's lock switch the keys off along with the buttons.
 */
export function stepKeys(
  stepper: Steppable,
  enabled: () => boolean = () => true,
): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!enabled() || isTextEntry(event.target)) return;
    const action = {
      ArrowRight: () => stepper.next(),
      ArrowLeft: () => stepper.previous(),
      Home: () => stepper.first(),
      End: () => stepper.last(),
      ' ': isActivatable(event.target) ? undefined : () => stepper.toggle(),
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
}
