import { fileURLToPath } from 'node:url';

/**
 * Vite aliases from @dlviz/core's entry points (the index, `./markdown` and `./json`) to the core's
 * TypeScript sources, for the package at `packageUrl`: its builds and tests then need no core
 * build first, and its bundles tree-shake the core's sources.
 */
export function coreSources(packageUrl) {
  const source = (file) => fileURLToPath(new URL(`../core/src/${file}`, packageUrl));
  return [
    { find: /^@dlviz\/core$/, replacement: source('index.ts') },
    { find: /^@dlviz\/core\/markdown$/, replacement: source('markdown.ts') },
    { find: /^@dlviz\/core\/json$/, replacement: source('validate/json.ts') },
  ];
}
