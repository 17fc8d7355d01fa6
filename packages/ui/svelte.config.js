import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compactStyle } from '@dlviz/build-config/compact-style';
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

/** Shared by svelte-package, svelte-check and the test build: TypeScript in <script lang="ts">. */
export default {
  preprocess: [inlineTheme, vitePreprocess(), compactStyle],
};
