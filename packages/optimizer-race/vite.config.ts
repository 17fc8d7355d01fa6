import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The custom element as one self-contained ES module: Svelte, @dlviz/ui, the core and d3 bundled in,
// each component's CSS injected into the shadow root it is mounted in.
export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  resolve: {
    // The core's sources, so the element builds (and tree-shakes) without a core build first.
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    // svelte-package has just written the component files there.
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
