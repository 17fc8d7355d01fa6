// axe-core in the page under test, limited to WCAG 2.0–2.2 A and AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations on the page, as "rule: target" lines (empty when the page passes). */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the site's Content-Security-Policy does not block.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (runOnly) =>
      (await window.axe.run(document, { runOnly: { type: 'tag', values: runOnly } })).violations,
    tags,
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
