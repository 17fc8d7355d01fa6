/**
 * A Svelte preprocessor that drops comments from component CSS. Widgets compile their CSS into the
 * custom-element bundle as text, and Svelte keeps comments there; they are for readers of the
 * sources, not for every page that downloads the element.
 */
export const styleWithoutComments = {
  name: 'dlviz-style-without-comments',
  style: ({ content }) => ({ code: content.replace(/\/\*[\s\S]*?\*\//g, '') }),
};
