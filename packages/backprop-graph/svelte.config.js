import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Component CSS travels inside the element bundle as text, and Svelte keeps its comments; they are
 * for readers of the sources, so the compiled components leave them out (as @dlviz/ui's do).
 */
const styleWithoutComments = {
  name: 'dlviz-style-without-comments',
  style: ({ content }) => ({ code: content.replace(/\/\*[\s\S]*?\*\//g, '') }),
};

/** Shared by svelte-package, svelte-check and the test build: TypeScript in <script lang="ts">. */
export default {
  preprocess: [vitePreprocess(), styleWithoutComments],
};
