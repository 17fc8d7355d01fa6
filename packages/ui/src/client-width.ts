import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that reports the element's clientWidth now that it is laid out and whenever its
 * size changes: what `bind:clientWidth` does, in a few lines instead of the Svelte runtime the
 * binding pulls into an element bundle. Drawings use it to fit their container.
 */
export function clientWidth(onwidth: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    onwidth(element.clientWidth);
    const observer = new ResizeObserver(() => onwidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
