import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Inlines `@import './theme.css';` in a component's <style>. The theme must live in component CSS to
 * reach inside a custom element's shadow root, yet stay one file that pages can also link; this keeps
 * a single source and works the same for svelte-package, svelte-check and the test build.
 */
const inlineTheme = {
  name: 'dlviz-inline-theme',
  style({ content, filename }) {
    if (!filename || !content.includes('@import')) return;
    const code = content.replace(/@import\s+['"](\.\/theme\.css)['"];/g, (_, path) =>
      readFileSync(resolve(dirname(filename), path), 'utf8'),
    );
    return { code };
  },
};

/**
 * Component CSS travels inside every widget's element bundle as text, and Svelte keeps its comments;
 * they are for readers of the sources, so the packaged components leave them out.
 */
const styleWithoutComments = {
  name: 'dlviz-style-without-comments',
  style: ({ content }) => ({ code: content.replace(/\/\*[\s\S]*?\*\//g, '') }),
};

/** Shared by svelte-package, svelte-check and the test build: TypeScript in <script lang="ts">. */
export default {
  preprocess: [inlineTheme, vitePreprocess(), styleWithoutComments],
};
