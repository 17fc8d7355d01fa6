import type { Attachment } from 'svelte/attachments';

/**
 * When an element that holds the keyboard focus goes away (the error panel, once the JSON typed in
 * it or its reset button made the problem valid), the focus moves to `to()` instead of falling to
 * the page's body, where a keyboard user would have to tab back from the top of the page.
 *
 * Focus is followed with focusin and focusout, as leaving it (to another control, with a related
 * target) is the only way it stops being held: removal itself may or may not fire focusout.
 */
export function handOverFocus(to: () => HTMLElement | undefined): Attachment<HTMLElement> {
  return (element) => {
    let held = false;
    const enter = () => (held = true);
    const leave = (event: FocusEvent) => {
      if (event.relatedTarget) held = element.contains(event.relatedTarget as Node);
    };
    element.addEventListener('focusin', enter);
    element.addEventListener('focusout', leave);
    return () => {
      element.removeEventListener('focusin', enter);
      element.removeEventListener('focusout', leave);
      // After the update that removed it, when the element to focus is in place.
      if (held) queueMicrotask(() => to()?.focus());
    };
  };
}
