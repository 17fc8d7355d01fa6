import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactCss } from '@dlviz/build-config/compact-style';

test('compact CSS drops comments and the white space around blocks, lists and declarations', () => {
  const css = `/* why */
  .a,
  .b :global(.c) {
    margin: 0 0.5rem;
    color: rgb(0 0 0 / 0.3);
  }
  @container (max-width: 26rem) {
    .d > .e { grid-template-columns: repeat(2, minmax(4.5rem, 1fr)); transition: none !important;
      animation: none; }
  }`;
  assert.equal(
    compactCss(css),
    '.a,.b :global(.c){margin: 0 .5rem;color: rgb(0 0 0 / .3)}@container (max-width: 26rem){.d > .e{' +
      'grid-template-columns: repeat(2,minmax(4.5rem,1fr));transition: none !important;animation: none}}',
  );
});

test('compact CSS keeps the space of a blank custom property, the theme’s space toggle', () => {
  assert.equal(compactCss('.t {\n  --_light: ;\n  --_dark: initial;\n}'), '.t{--_light: ;--_dark: initial}');
  assert.equal(compactCss('.t {\n  --_light: initial;\n  --_dark: ;\n}'), '.t{--_light: initial;--_dark: ;}');
});

test('compact CSS leaves digits that are not a leading zero alone', () => {
  assert.equal(compactCss('.a{width: 10.5px;flex: 1 0.5 2.05em}'), '.a{width: 10.5px;flex: 1 .5 2.05em}');
});

test('compact CSS drops the white space inside parentheses, where a long value was broken over lines', () => {
  assert.equal(
    compactCss(".f :global(math) {\n  font-family: var(\n    --m,\n    math,\n    'STIX Two Math'\n  );\n}"),
    ".f :global(math){font-family: var(--m,math,'STIX Two Math')}",
  );
  // White space after a closing parenthesis can be a descendant combinator: it stays.
  assert.equal(compactCss(':is( .a ) .b{margin: calc( 1px + 2px )}'), ':is(.a) .b{margin: calc(1px + 2px)}');
});
