// One Chromium per test file, and a page that records everything a user would call broken:
// console errors, uncaught exceptions, failed requests and requests to any other host.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '@dlviz/build-config/chromium';

export async function launch() {
  return chromium.launch(await chromiumLaunchOptions());
}

/** A new page in its own context that collects `problems` (strings) while it lives. */
export async function watchedPage(browser, origin, options = {}) {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`other host: ${url}`);
  });
  return { page, problems, close: () => context.close() };
}

/**
 * Opens `url` and waits until the network is quiet, so the page has hydrated: on a busy machine a
 * prerendered page can take input before its scripts run, and a test would then type into HTML.
 */
export async function visit(page, url) {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}
