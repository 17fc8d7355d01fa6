// `pnpm bench`: every benchmark the issues name, printed and written to tests/bench/out/.
import { writeReport } from './report.mjs';

const suites = [
  ['core', () => import('./core.mjs')],
  ['widgets', () => import('./widgets.mjs')],
  ['bundles', () => import('./sizes.mjs')],
  ['docs', () => import('./docs.mjs')],
];

const figures = [];
for (const [suite, load] of suites) {
  const { run } = await load();
  for (const f of await run()) figures.push({ suite, ...f });
}
console.log(writeReport(figures, new URL('./out/', import.meta.url)));
console.log('Written to tests/bench/out/report.json and report.md');
