/**
 * An attachment for a field's message, a `popover` element right after the field: it shows the
 * message in the top layer, just under the field, and keeps it there as the page scrolls. A grid
 * cell's field sits in a drawing that scrolls sideways, and a message positioned inside it was cut
 * off at the drawing's edge ("The numb…"); the top layer is clipped by no ancestor. Browsers without
 * popovers keep the stylesheet's place for it, absolutely under the field.
 */
export function floatUnderField(message: HTMLElement): (() => void) | undefined {
  const field = message.previousElementSibling;
  if (!field || !message.showPopover) return;
  const place = () => {
    const box = field.getBoundingClientRect();
    message.style.top = `${box.bottom + 2}px`;
    message.style.left = `${Math.max(0, Math.min(box.left, innerWidth - message.offsetWidth))}px`;
  };
  message.showPopover();
  place();
  addEventListener('scroll', place, true);
  addEventListener('resize', place);
  return () => {
    removeEventListener('scroll', place, true);
    removeEventListener('resize', place);
  };
}
