import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { coreSources } from './core-sources.js';
import { styleWithoutComments } from './style-without-comments.js';

/**
 * The Vite config of a widget's custom element: `src/element.ts` of the package at `packageUrl`
 * (pass `new URL('./', import.meta.url)` from its vite.config) as one self-contained ES module,
 * dist/element.js, with Svelte, @dlviz/ui and the parts of @dlviz/core it uses, next to the component
 * files svelte-package has just written into dist/.
 */
export function elementBuild(packageUrl, { optimizeDeps = [] } = {}) {
  const path = (relative) => fileURLToPath(new URL(relative, packageUrl));
  return {
    plugins: [
      svelte({
        compilerOptions: {
          // Each component appends its <style> to the shadow root it is mounted in.
          css: 'injected',
          discloseVersion: false,
          // Scoping classes appear hundreds of times; a shadow root holds one widget's styles only,
          // so a short prefix cannot collide and saves the repeated "svelte-".
          cssHash: ({ hash, css }) => `s${hash(css)}`,
        },
        preprocess: [vitePreprocess(), styleWithoutComments],
      }),
    ],
    resolve: { alias: coreSources(packageUrl) },
    optimizeDeps: { include: optimizeDeps },
    build: {
      outDir: path('dist'),
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      // Vite keeps whitespace and /* @__PURE__ */ marks in ES library builds for an app bundler to
      // use; element.js is the end product, loaded as is by a script tag, so it is fully minified.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, comments: false, chunkFileNames: 'element-[name].js' },
      },
      lib: { entry: path('src/element.ts'), formats: ['es'], fileName: () => 'element.js' },
    },
  };
}
