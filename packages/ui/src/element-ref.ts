import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that hands its element to `set`, and undefined once the element goes:
 * `{@attach elementRef((e) => (box = e))}` in place of `bind:this={box}`, whose runtime (about
 * 0.15 kB in every element) does more than a widget's reference to its own markup needs.
 */
export function elementRef<E extends Element>(set: (element: E | undefined) => void): Attachment<E> {
  return (element) => {
    set(element);
    return () => set(undefined);
  };
}
