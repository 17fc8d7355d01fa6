import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // The widget packages are Svelte source compiled for the site; bundling them for prerendering
  // also resolves their own dependencies (d3 modules) from where they are installed.
  ssr: { noExternal: [/^@dlviz\//, /^d3-/, 'internmap'] },
  preview: { port: 4173, strictPort: true },
});
