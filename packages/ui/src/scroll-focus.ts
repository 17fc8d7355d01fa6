import type { Attachment } from 'svelte/attachments';

/**
 * Makes an element a keyboard stop only while its content overflows it, so a wide formula or
 * table can be scrolled from the keyboard (WCAG: scrollable regions must be focusable) without
 * adding a useless tab stop to every formula that fits.
 *
 * The overflow is read when a ResizeObserver reports, after the browser's own layout, never at once:
 * reading it as each formula mounts forced a layout per formula (about 6 ms each in a widget that
 * mounts six). A formula that starts or stops overflowing gains or loses its scrollbar, which changes
 * the element's height, so the observer reports that too. (Checking again on every new formula, with
 * a new observer each time, cost the conv stepper's step redraw about 3 ms.) `onoverflow` hears of
 * each overflow read, for content that can lay itself out narrower (a formula that wraps).
 */
export function focusableWhenScrolling(label: string, onoverflow?: () => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => {
      if (element.scrollWidth > element.clientWidth + 1) {
        onoverflow?.();
        element.tabIndex = 0;
        element.setAttribute('role', 'region');
        element.setAttribute('aria-label', label);
      } else {
        element.removeAttribute('tabindex');
        element.removeAttribute('role');
        element.removeAttribute('aria-label');
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
