// The iframe height the docs write into embed code before the embed builder has measured its
// preview (embedHeight in apps/docs/src/lib/widgets.ts): it must be about as tall as the embed
// page, or a host that strips scripts (so the iframe never resizes) shows a needless scrollbar.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { visit, watchedPage } from './browser.mjs';
import { widgetIds } from './drawing.mjs';
import { siteSession } from './session.mjs';

const site = siteSession();

// Read from the source: the value only reaches the built site through code the embed builder runs
// before it has measured, which a test cannot catch in time.
const source = readFileSync(new URL('../../apps/docs/src/lib/widgets.ts', import.meta.url), 'utf8');
const embedHeight = Object.fromEntries(
  [...source.matchAll(/id: '([a-z-]+)',[\s\S]*?embedHeight: (\d+)/g)].map((m) => [m[1], Number(m[2])]),
);

for (const width of [1000, 1280])
  test(`at ${width} px each embed page with its default preset is about its embedHeight tall`, async () => {
    assert.deepEqual(Object.keys(embedHeight).sort(), [...widgetIds].sort());
    const { page, problems, close } = await watchedPage(site.browser, site.server.origin, {
      viewport: { width, height: 900 },
    });
    try {
      for (const widget of widgetIds) {
        await visit(page, `${site.server.origin}/embed/${widget}/`);
        await page.locator('main svg').first().waitFor();
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const ratio = embedHeight[widget] / height;
        assert.ok(
          ratio > 0.9 && ratio < 1.15,
          `${widget}: page ${height} px, embedHeight ${embedHeight[widget]}`,
        );
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
