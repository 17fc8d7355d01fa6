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

/** Median FCP (ms) and transferred bytes of `url`, each run in a fresh context (cold cache). */
async function measure(browser, url) {
  const paints = [];
  const bytes = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const { fcp, transferred } = await page.evaluate(() => {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ];
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        transferred: entries.reduce((sum, e) => sum + e.transferSize, 0),
      };
    });
    paints.push(fcp);
    bytes.push(transferred);
    await context.close();
  }
  return { fcp: median(paints), kB: median(bytes) / 1000 };
}

export async function run() {
  const docs = await serve();
  const empty = await serve(await buildEmptyPage());
  const browser = await chromium.launch(await chromiumLaunchOptions());
  try {
    const baseline = await measure(browser, `${empty.origin}/`);
    const landing = await measure(browser, `${docs.origin}/`);
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
