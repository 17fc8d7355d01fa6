import { compactStyle } from '@dlviz/build-config/compact-style';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Shared by svelte-package, svelte-check and the test build: TypeScript in <script lang="ts">. */
export default {
  preprocess: [vitePreprocess(), compactStyle],
};
