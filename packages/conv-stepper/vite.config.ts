import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/**
 * The custom element as one self-contained ES module (Svelte, @dlviz/ui and the parts of @dlviz/core
 * it uses), next to the component files svelte-package wrote into dist/. CSS is injected by each
 * component into the shadow root it is mounted in.
 */
export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  resolve: {
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'element.js' },
  },
});
