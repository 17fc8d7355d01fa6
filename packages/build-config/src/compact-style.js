/**
 * Component CSS as the element bundles carry it: widgets compile their CSS into the custom element
 * as text, which every page downloads, and Svelte keeps in it the comments, the line breaks of
 * selector lists and the space before each block. They are for readers of the sources.
 *
 * Only what CSS's grammar does not need goes: comments, white space around braces and commas, inside
 * parentheses (where Prettier breaks a long value over lines) and after semicolons, the semicolon
 * ending a block's last declaration, and the zero before a decimal point in a value (0.5rem is
 * .5rem). A semicolon after a blank value stays (`--_dark: ;`, the theme's space toggle, must keep
 * its space); no other white space is touched, as it can be a descendant combinator
 * (`.a :global(.b)`) or part of a value (`rgb(0 0 0 / .3)`).
 */
export function compactCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .trim()
    .replace(/\s*([{},])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/;\s+/g, ';')
    .replace(/([^\s:]);}/g, '$1}')
    .replace(/([\s:(,/-])0\.(\d)/g, '$1.$2');
}

/** The Svelte preprocessor that applies compactCss to every component's <style>. */
export const compactStyle = {
  name: 'dlviz-compact-style',
  style: ({ content }) => ({ code: compactCss(content) }),
};
