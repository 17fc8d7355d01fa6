import type { Attachment } from 'svelte/attachments';

/** How far into the box the fade reaches, in pixels: enough to see, too little to hide a number's worth. */
export const FADE = 24;

/**
 * An attachment for a box that scrolls sideways (a drawing wider than a phone): its edge fades out
 * on each side where more of the drawing lies beyond it, so a reader sees there is more to scroll
 * to. Scrollbars alone do not say so: phones and many desktops draw them only while scrolling. The
 * fade is a mask on the box itself; nothing is added to the drawing.
 */
export const scrollFade: Attachment<HTMLElement> = (box) => {
  const update = () => {
    const beyond = box.scrollWidth - box.clientWidth;
    const left = box.scrollLeft > 1;
    const right = box.scrollLeft < beyond - 1;
    // Opaque (#000) where the box shows, clear (#0000) at an edge with more beyond it.
    box.style.maskImage =
      left || right
        ? `linear-gradient(90deg,${left ? '#0000' : '#000'},#000 ${FADE}px calc(100% - ${FADE}px),${right ? '#0000' : '#000'})`
        : '';
  };
  // The mask hides whatever is drawn outside the box, a focus ring too (a formula or a table that
  // scrolls takes the focus while it does): the ring is drawn inside.
  box.style.outlineOffset = '-3px';
  update();
  box.addEventListener('scroll', update, { passive: true });
  // The box's width changes with the page's, its contents' with the problem.
  const resized = new ResizeObserver(update);
  for (const element of [box, ...box.children]) resized.observe(element);
  return () => {
    box.removeEventListener('scroll', update);
    resized.disconnect();
  };
};
