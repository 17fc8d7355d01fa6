import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/**
 * The custom element as one self-contained ES module (Svelte, @dlviz/ui, the core and d3 inside).
 * 'injected' CSS: each component appends its <style> to the shadow root it is mounted in.
 */
export default defineConfig({
  plugins: [
    svelte({
      compilerOptions: {
        css: 'injected',
        // Scoping classes appear some 400 times; each shadow root holds one widget's styles only,
        // so a short prefix cannot collide and saves the repeated "svelte-".
        cssHash: ({ hash, css }) => `s${hash(css)}`,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    // svelte-package has just written the component files there.
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    // Vite keeps whitespace and /* @__PURE__ */ comments in ES library builds (for a bundler that
    // consumes them); this file goes straight to browsers, so it is minified completely.
    rolldownOptions: { output: { minify: true, comments: false } },
    lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'element.js' },
  },
});
