// Docs landing page (issue 7): first contentful paint and bytes transferred (gzip) in headless
// Chromium, beside an empty Svelte page built with the same tools (Vite + Svelte) and served the same way.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '@dlviz/build-config/chromium';
import { serve } from '../e2e/server.mjs';
import { figure, median } from './measure.mjs';

const RUNS = 7;

async function buildEmptyPage() {
  const root = fileURLToPath(new URL('./empty-svelte/', import.meta.url));
  const outDir = fileURLToPath(new URL('./out/empty-svelte/', import.meta.url));
  await build({ root, logLevel: 'warn', plugins: [svelte()], build: { outDir, emptyOutDir: true } });
  return outDir;
}

/**
 * FCP (ms) and transferred bytes of one load of `url` in a fresh context (cold cache). The landing
 * page loads each widget as the reader nears it, so the page is scrolled to its end before the
 * bytes are counted: they are those of the page with all four widgets.
 */
async function loadOnce(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState('networkidle');
  const result = await page.evaluate(() => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ];
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      transferred: entries.reduce((sum, e) => sum + e.transferSize, 0),
    };
  });
  await context.close();
  return result;
}

/**
 * Median FCP and kB of each page over RUNS loads, the pages taking turns after one unmeasured
 * load of each: a busy moment on the machine then slows both alike, and neither is timed on a
 * browser that has just started.
 */
async function measurePair(browser, urls) {
  const runs = urls.map(() => ({ paints: [], bytes: [] }));
  for (const url of urls) await loadOnce(browser, url);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, url] of urls.entries()) {
      const { fcp, transferred } = await loadOnce(browser, url);
      runs[k].paints.push(fcp);
      runs[k].bytes.push(transferred);
    }
  }
  return runs.map(({ paints, bytes }) => ({ fcp: median(paints), kB: median(bytes) / 1000 }));
}

export async function run() {
  const docs = await serve();
  const empty = await serve(await buildEmptyPage());
  const browser = await chromium.launch(await chromiumLaunchOptions());
  try {
    const [baseline, landing] = await measurePair(browser, [`${empty.origin}/`, `${docs.origin}/`]);
    return [
      figure('empty Svelte page: first contentful paint', baseline.fcp, 'ms'),
      figure('empty Svelte page: transferred (gzip)', baseline.kB, 'kB'),
      figure('landing page: first contentful paint', landing.fcp, 'ms', 1.5 * baseline.fcp),
      figure('landing page: FCP ÷ empty page FCP', landing.fcp / baseline.fcp, '×', 1.5),
      figure('landing page with all four widgets: transferred (gzip)', landing.kB, 'kB', 250),
    ];
  } finally {
    await browser.close();
    await docs.close();
    await empty.close();
  }
}
