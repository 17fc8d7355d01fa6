import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { minify } from 'terser';
import { coreSources } from './core-sources.js';
import { compactStyle } from './compact-style.js';
import { gatherStyles } from './gather-styles.js';

/** The component and styles each scoping class was given to in this build, so that no class is given to two. */
const scopes = new Map();

/**
 * A component's scoping class: "s" and the last three characters of Svelte's hash of its CSS,
 * which over the two dozen components of an element rarely meet. When two components with
 * different styles do, the build stops rather than letting one's rules style the other's elements.
 */
function scopeClass(hash, component, css) {
  const scope = `s${hash.slice(-3)}`;
  const owner = scopes.get(scope);
  if (owner && owner.component !== component && owner.css !== css)
    throw new Error(
      `${owner.component} and ${component} share the scoping class ${scope}; lengthen it in element-build.js`,
    );
  scopes.set(scope, { component, css });
  return scope;
}

/**
 * The Vite config of a widget's custom element: `src/element.ts` of the package at `packageUrl`
 * (pass `new URL('./', import.meta.url)` from its vite.config) as one self-contained ES module,
 * dist/element.js, with Svelte, @dlviz/ui and the parts of @dlviz/core it uses, next to the component
 * files svelte-package has just written into dist/; the parts it loads on demand go into
 * dist/element-*.js.
 */
export function elementBuild(packageUrl, { optimizeDeps = [] } = {}) {
  const path = (relative) => fileURLToPath(new URL(relative, packageUrl));
  return {
    plugins: [
      // Each build starts with no classes given, so a watch rebuild of edited styles starts afresh.
      { name: 'scope-classes', buildStart: () => scopes.clear() },
      {
        // A second minifier over rolldown's: terser folds and inlines further, about 0.5 kB of
        // gzip per element, which a page pays on every load. Its output, minified again, still
        // shrinks (what one run inlines opens folds to the next), so it runs twice.
        name: 'terser-pass',
        apply: 'build',
        async generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            for (const _run of [1, 2])
              // ecma: the syntax the build targets, so terser may write its shorter forms. Its
              // "unsafe" arrows and methods turn function expressions and methods that never use
              // `this` into arrows and shorthand methods, which only code calling them with `new`
              // or reading their `prototype` could tell apart; nothing bundled here does (the
              // end-to-end tests run these very files). Its "unsafe" prototypes write
              // Array.prototype.slice as [].slice, the same function unless a page replaces
              // Array. About 45 B of gzip per element.
              chunk.code = (
                await minify(chunk.code, {
                  module: true,
                  ecma: 2022,
                  compress: { passes: 2, unsafe_arrows: true, unsafe_methods: true, unsafe_proto: true },
                })
              ).code;
            // Last, as terser would move single-use declarations back beside their use. In the
            // element only: a chunk loaded on demand holds a component or two, whose styles are
            // already together, and moved they compress no better.
            if (chunk.isEntry) chunk.code = gatherStyles(chunk.code);
          }
        },
      },
      svelte({
        compilerOptions: {
          // Each component appends its <style> to the shadow root it is mounted in.
          css: 'injected',
          discloseVersion: false,
          // Scoping classes appear hundreds of times, and a shadow root holds one widget's styles
          // only, so three characters of the hash name a component well enough (see scopeClass).
          cssHash: ({ hash, css, filename }) => scopeClass(hash(css), filename, css),
        },
        preprocess: [vitePreprocess(), compactStyle],
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
        output: {
          minify: true,
          comments: false,
          chunkFileNames: 'element-[name].js',
          // Every module the element needs at first sight stays in element.js. Left to itself,
          // rolldown sometimes moves one of them (the number formatter, the activations) into a
          // chunk of its own that element.js must import before it can run: a second request that
          // every page pays and the size guard does not see, moving with unrelated edits
          // (rolldown#10731). A group of the initial modules is the entry's own chunk; the packaging
          // test checks that element.js imports nothing up front.
          codeSplitting: { groups: [{ name: 'element', tags: ['$initial'] }] },
        },
      },
      lib: { entry: path('src/element.ts'), formats: ['es'], fileName: () => 'element.js' },
    },
  };
}
