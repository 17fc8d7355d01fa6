// Copies each widget's custom element to static/elements/<widget>/: element.js and the parts it loads
// on demand (element-*.js, imported relative to it), so the site serves the module its embed code
// points to (`<site>/elements/<widget>/element.js`) and everything that module fetches later, from its
// own origin. One folder per widget: each widget's parts have the same names.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgets = ['conv-stepper', 'backprop-graph', 'optimizer-race', 'norm-axes'];
const require = createRequire(import.meta.url);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'elements');
// Parts from an earlier build must not linger next to a new element.js.
rmSync(out, { recursive: true, force: true });
let files = 0;
for (const widget of widgets) {
  const dist = join(dirname(require.resolve(`@dlviz/${widget}/package.json`)), 'dist');
  mkdirSync(join(out, widget), { recursive: true });
  for (const file of readdirSync(dist).filter((f) => /^element(-.+)?\.js$/.test(f))) {
    copyFileSync(join(dist, file), join(out, widget, file));
    files++;
  }
}
console.log(`Copied ${widgets.length} custom elements (${files} files) to static/elements/`);
