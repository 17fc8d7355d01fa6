import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/**
 * Component styles travel inside the module as text, and Svelte keeps their comments (the ui
 * theme's alone are over a kilobyte); the element is a download, so they are dropped here.
 */
const styleWithoutComments = {
  name: 'style-without-comments',
  style: ({ content }: { content: string }) => ({ code: content.replace(/\/\*[\s\S]*?\*\//g, '') }),
};

/**
 * The custom element as one self-contained ES module (Svelte, @dlviz/ui and the parts of @dlviz/core
 * it uses), next to the component files svelte-package wrote into dist/. CSS is injected by each
 * component into the shadow root it is mounted in.
 */
export default defineConfig({
  plugins: [
    svelte({
      // The element owns its shadow root, so class hashes need no long "svelte-" prefix to stay apart.
      compilerOptions: {
        css: 'injected',
        discloseVersion: false,
        cssHash: ({ hash, css }) => `n${hash(css)}`,
      },
      preprocess: [vitePreprocess(), styleWithoutComments],
    }),
  ],
  resolve: {
    // The core's sources, so the element builds (and tree-shakes) without a core build first.
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    // Vite keeps whitespace and /* @__PURE__ */ comments in ES library builds (for a bundler that
    // consumes them); this file goes straight to browsers, so it is minified completely.
    rolldownOptions: { output: { minify: true, comments: false } },
    lib: {
      entry: fileURLToPath(new URL('src/element.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'element.js',
    },
  },
});
