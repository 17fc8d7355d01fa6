// Docs landing page (issue 7): first contentful paint and bytes transferred (gzip) in headless
// Chromium, beside an empty Svelte page built with the same tools (Vite + Svelte) and served the same way.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '@dlviz/build-config/chromium';
import { serve } from '../e2e/server.mjs';
import { figure, median } from './measure.mjs';

// First paints on localhost vary by several frames from load to load: 15 turns each keep the
// medians (and their ratio) from swinging by a frame between reports.
const RUNS = 15;

async function buildEmptyPage() {
  const root = fileURLToPath(new URL('./empty-svelte/', import.meta.url));
  const outDir = fileURLToPath(new URL('./out/empty-svelte/', import.meta.url));
  await build({ root, logLevel: 'warn', plugins: [svelte()], build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** A page in a fresh context (cold cache), loaded until the network is quiet. */
async function opened(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

/** The first contentful paint (ms) of one load of `url`. */
async function firstPaint(browser, url) {
  const { page, close } = await opened(browser, url);
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  await close();
  return fcp;
}

/**
 * The bytes (gzip, as transferred) of one load of `url` scrolled to its end: the landing page loads
 * each widget as the reader nears it, so these are the page's bytes with all four widgets. Measured
 * in loads of their own, as the widgets' work would slow the paints measured after it.
 */
async function bytesScrolledThrough(browser, url) {
  const { page, close } = await opened(browser, url);
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  // Every widget defined, then no new request for half a second (their parts, fonts).
  await page.waitForFunction(() => !document.querySelector('[data-widget]:not(:defined)'), null, {
    timeout: 30_000,
  });
  for (let count = -1; ; await page.waitForTimeout(500)) {
    const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (now === count) break;
    count = now;
  }
  const transferred = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce(
      (sum, e) => sum + e.transferSize,
      0,
    ),
  );
  await close();
  return transferred;
}

/**
 * Median FCP of each page over RUNS loads, the pages taking turns after one unmeasured load of
 * each (a busy moment on the machine then slows both alike, and neither is timed on a browser that
 * has just started); then each page's bytes.
 */
async function measurePair(browser, urls) {
  const paints = urls.map(() => []);
  for (const url of urls) await firstPaint(browser, url);
  for (let i = 0; i < RUNS; i++)
    for (const [k, url] of urls.entries()) paints[k].push(await firstPaint(browser, url));
  const results = [];
  for (const [k, url] of urls.entries())
    results.push({ fcp: median(paints[k]), kB: (await bytesScrolledThrough(browser, url)) / 1000 });
  return results;
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
