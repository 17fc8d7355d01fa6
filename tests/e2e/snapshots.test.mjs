// Visual regression that does not flap: each preset of each widget at a fixed step, reduced motion
// on, reduced to a fingerprint of its SVG geometry (element counts, coordinates rounded to whole
// pixels, texts). Fonts never enter it. `UPDATE_SNAPSHOTS=1 pnpm test` rewrites the stored ones.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { backpropPresets, convPresets, normPresets, optimizerPresets } from '@dlviz/core';
import { watchedPage } from './browser.mjs';
import { widgetIds } from './drawing.mjs';
import { siteSession } from './session.mjs';

const STEP = 2;
const presets = {
  'conv-stepper': convPresets,
  'backprop-graph': backpropPresets,
  'optimizer-race': optimizerPresets,
  'norm-axes': normPresets,
};
const folder = new URL('./snapshots/', import.meta.url);
const update = process.env.UPDATE_SNAPSHOTS === '1';

const site = siteSession();

/** Runs in the page: one line per SVG element with its tag, rounded geometry and text. */
function geometry() {
  const numeric = [
    'x',
    'y',
    'width',
    'height',
    'cx',
    'cy',
    'r',
    'x1',
    'y1',
    'x2',
    'y2',
    'transform',
    'points',
    'd',
  ];
  const round = (value) => value.replace(/-?\d*\.?\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n))));
  const lines = [];
  for (const svg of document.querySelectorAll('main svg'))
    for (const el of svg.querySelectorAll('*')) {
      const attrs = numeric.filter((a) => el.hasAttribute(a)).map((a) => `${a}=${round(el.getAttribute(a))}`);
      const text = el.tagName === 'text' || el.tagName === 'title' ? ` "${el.textContent.trim()}"` : '';
      lines.push(`${el.tagName} ${attrs.join(' ')}${text}`);
    }
  return lines;
}

/**
 * The geometry once two readings a few frames apart agree: a busy machine may take the first reading
 * while a widget is still drawing (a layout measured after mount, the step from the query applied).
 */
async function settledGeometry(page) {
  let last = await page.evaluate(geometry);
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
    const now = await page.evaluate(geometry);
    if (now.join('\n') === last.join('\n')) return now;
    last = now;
  }
  return last;
}

function fingerprint(lines) {
  const counts = {};
  for (const line of lines) counts[line.split(' ')[0]] = (counts[line.split(' ')[0]] ?? 0) + 1;
  return { counts, sha1: createHash('sha1').update(lines.join('\n')).digest('hex') };
}

for (const widget of widgetIds)
  test(`${widget}: every preset at step ${STEP} matches its stored geometry`, async () => {
    const file = new URL(`${widget}.json`, folder);
    const stored = existsSync(file) && !update ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    const { page, problems, close } = await watchedPage(site.browser, site.server.origin, {
      viewport: { width: 1000, height: 800 },
    });
    const seen = {};
    try {
      for (const preset of presets[widget]) {
        await page.goto(`${site.server.origin}/embed/${widget}/?preset=${preset.id}&step=${STEP}`);
        await page.locator('main svg').first().waitFor();
        seen[preset.id] = fingerprint(await settledGeometry(page));
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
    if (!stored) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, `${JSON.stringify(seen, null, 2)}\n`);
      return;
    }
    for (const [id, print] of Object.entries(seen))
      assert.deepEqual(print, stored[id], `${widget} preset ${id} changed`);
  });
