/**
 * The longest link that travels well: many servers, learning platforms and chat apps cut or refuse
 * longer ones (8 KB is a common cap), and a large problem in a link's query easily passes it.
 */
export const LONG_LINK = 8000;

const count = (n: number) => n.toLocaleString('en');

/** What a reader who copied `url` should know about its length; undefined when it is short enough. */
export function longLinkNote(url: string): string | undefined {
  if (url.length <= LONG_LINK) return undefined;
  return `it is ${count(url.length)} characters long, and many sites cut links over ${count(LONG_LINK)}: the custom element or Svelte code carries the problem without a link`;
}
