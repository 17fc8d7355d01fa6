// Copies each widget's custom-element bundle to static/elements/<widget>.js, so the site serves the
// scripts its embed code points to (`<site>/elements/<widget>.js`) from its own origin.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgets = ['conv-stepper', 'backprop-graph', 'optimizer-race', 'norm-axes'];
const require = createRequire(import.meta.url);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'elements');
mkdirSync(out, { recursive: true });
for (const widget of widgets) {
  const packageJson = require.resolve(`@dlviz/${widget}/package.json`);
  copyFileSync(join(dirname(packageJson), 'dist', 'element.js'), join(out, `${widget}.js`));
}
console.log(`Copied ${widgets.length} element bundles to static/elements/`);
