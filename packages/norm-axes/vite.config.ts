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

// The custom element as one self-contained ES module: Svelte, @dlviz/ui and @dlviz/core bundled in,
// each component's CSS injected into the shadow root it is mounted in.
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
    // The core's sources, so the element builds without a core build first.
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    rolldownOptions: {
      // Vite leaves an ES library's whitespace and /* @__PURE__ */ marks for the app bundler that
      // would tree-shake it; element.js is the end product, loaded as is by a script tag, so it is
      // printed compactly and without comments.
      output: { minify: { codegen: true }, comments: false },
    },
    lib: {
      entry: fileURLToPath(new URL('src/element.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'element.js',
    },
  },
});
