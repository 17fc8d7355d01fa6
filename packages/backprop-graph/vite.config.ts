import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/**
 * The custom element as one self-contained ES module (Svelte, @dlviz/ui, the core and d3 inside).
 * 'injected' CSS: each component appends its <style> to the shadow root it is mounted in.
 */
export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  resolve: {
    // The core's sources, so the bundle tree-shakes them as ES modules whether or not core is built.
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    // svelte-package has just written the component files there.
    emptyOutDir: false,
    minify: true,
    lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'element.js' },
  },
});
