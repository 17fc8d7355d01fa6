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
    // Only the backprop part of the core's sources (see build/core-for-element.ts).
    alias: { '@dlviz/core': fileURLToPath(new URL('./build/core-for-element.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    // svelte-package has just written the component files there.
    emptyOutDir: false,
    minify: true,
    lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'element.js' },
  },
});
