import { styleWithoutComments } from '@dlviz/build-config/style-without-comments';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Shared by svelte-package, svelte-check and the test build: TypeScript in <script lang="ts">. */
export default {
  preprocess: [vitePreprocess(), styleWithoutComments],
};
