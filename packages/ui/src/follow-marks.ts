import type { Attachment } from 'svelte/attachments';

/** Room left beside what is scrolled into view, so it does not sit against the region's edge. */
const REVEAL_MARGIN = 24;

/**
 * Scrolls a region sideways as little as it can so that the span from `left` to `right` (pixels of
 * its content) shows with a margin to spare: a step's cells or nodes brought into view the way a
 * reader following along would scroll to them. A span nearly as wide as the region gets what margin
 * there is, the same on both sides, rather than its far end pushed out by a full one. Going back, it
 * scrolls all the way to the start when the span fits there, so a grid's row labels come back with
 * its first columns.
 */
export function revealSpan(
  region: Pick<HTMLElement, 'scrollLeft' | 'clientWidth'>,
  left: number,
  right: number,
): void {
  const { scrollLeft, clientWidth } = region;
  const margin = Math.max(0, Math.min(REVEAL_MARGIN, (clientWidth - right + left) / 2));
  if (left - margin < scrollLeft) region.scrollLeft = right + margin <= clientWidth ? 0 : left - margin;
  else if (right + margin > scrollLeft + clientWidth) region.scrollLeft = right + margin - clientWidth;
}

/** The horizontal span, in the region's content pixels, of its marked cells (`data-marked`). */
function markedSpan(region: HTMLElement): [number, number] | undefined {
  const marked = region.querySelectorAll('[data-marked]');
  if (marked.length === 0) return undefined;
  const origin = region.getBoundingClientRect().left - region.scrollLeft;
  let left = Infinity;
  let right = -Infinity;
  for (const cell of marked) {
    const box = cell.getBoundingClientRect();
    left = Math.min(left, box.left - origin);
    right = Math.max(right, box.right - origin);
  }
  return [left, right];
}

/**
 * Keeps the marked cells of a region that scrolls sideways (a stage of grids wider than a phone) in
 * sight: at each `step()` and whenever the region comes into view. An IntersectionObserver reports
 * after the browser's own layout, so nothing is measured before it, and a region off screen (whose
 * layout the browser may have skipped) is measured only once it is scrolled to.
 */
export function followMarks(step: () => unknown): Attachment<HTMLElement> {
  return (region) => {
    step();
    const observer = new IntersectionObserver(([entry]) => {
      if (!entry?.isIntersecting || region.scrollWidth <= region.clientWidth) return;
      const span = markedSpan(region);
      if (span) revealSpan(region, ...span);
    });
    observer.observe(region);
    return () => observer.disconnect();
  };
}
