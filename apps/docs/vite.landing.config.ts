import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The landing page's script, src/landing.ts, as static/landing/landing.js: the page is prerendered
 * without SvelteKit's client (its +page.ts), so SvelteKit's build does not bundle a script for it.
 * Run before `vite build`, which copies static/ into the site, and after `svelte-kit sync`, which
 * writes the .svelte-kit/tsconfig.json that the app's tsconfig (read for src/) extends. Svelte compiles the components
 * @dlviz/ui re-exports beside `parseTheme`, which the bundle keeps alone.
 */
export default defineConfig({
  plugins: [svelte()],
  build: {
    outDir: fileURLToPath(new URL('./static/landing/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Vite leaves ES library builds unminified for an app's bundler; this file is served as is.
    minify: true,
    rolldownOptions: { output: { minify: true, comments: false } },
    lib: {
      entry: fileURLToPath(new URL('./src/landing.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'landing.js',
    },
  },
});
