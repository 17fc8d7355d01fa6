import type { Attachment } from 'svelte/attachments';

/**
 * Makes an element a keyboard stop only while its content overflows it, so a wide formula or
 * table can be scrolled from the keyboard (WCAG: scrollable regions must be focusable) without
 * adding a useless tab stop to every formula that fits.
 */
export function focusableWhenScrolling(label: string): Attachment<HTMLElement> {
  return (element) => {
    const update = () => {
      if (element.scrollWidth > element.clientWidth + 1) {
        element.tabIndex = 0;
        element.setAttribute('role', 'region');
        element.setAttribute('aria-label', label);
      } else {
        element.removeAttribute('tabindex');
        element.removeAttribute('role');
        element.removeAttribute('aria-label');
      }
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  };
}
