import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { coreSources } from './core-sources.js';
import { styleWithoutComments } from './style-without-comments.js';

/**
 * The Vite config of a widget's custom element: `src/element.ts` of the package at `packageUrl`
 * (pass `new URL('./', import.meta.url)` from its vite.config) as one self-contained ES module,
 * dist/element.js, with Svelte, @dlviz/ui and the parts of @dlviz/core it uses, next to the component
 * files svelte-package has just written into dist/; the parts it loads on demand go into
 * dist/element-*.js.
 *
 * It bundles twice. Rolldown sometimes splits a module that element.js needs out into a chunk of its
 * own that element.js then imports (rolldown#10731): a second request before the widget can draw,
 * which every page pays and the size guard would not see. Which module it splits changes with any
 * edit. So a first pass, written nowhere, finds every module the page needs at first sight
 * (element.js and the chunks it imports), and the real build keeps exactly those in element.js.
 */
export async function elementBuild(packageUrl, { optimizeDeps = [] } = {}) {
  const config = elementConfig(packageUrl, optimizeDeps);
  const firstPass = await build({
    ...elementConfig(packageUrl, optimizeDeps),
    configFile: false,
    logLevel: 'silent',
    build: { ...config.build, write: false },
  });
  const atFirstSight = modulesAtFirstSight(firstPass);
  config.build.rolldownOptions.output.codeSplitting = {
    // A group that holds the entry module is the entry's own chunk.
    groups: [{ name: (id) => (atFirstSight.has(id) ? 'element' : null) }],
  };
  return config;
}

/** The ids of the modules in element.js and in every chunk it imports, however deep. */
function modulesAtFirstSight(result) {
  const chunks = new Map(
    (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((c) => c.type === 'chunk')
      .map((c) => [c.fileName, c]),
  );
  const modules = new Set();
  const seen = new Set();
  const queue = ['element.js'];
  while (queue.length > 0) {
    const chunk = chunks.get(queue.pop());
    if (!chunk || seen.has(chunk.fileName)) continue;
    seen.add(chunk.fileName);
    for (const id of chunk.moduleIds) modules.add(id);
    queue.push(...chunk.imports);
  }
  return modules;
}

function elementConfig(packageUrl, optimizeDeps) {
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
