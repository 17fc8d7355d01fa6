import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Shared by svelte-package, svelte-check, the element build and the tests: TypeScript in <script lang="ts">. */
export default {
  preprocess: [vitePreprocess()],
};
