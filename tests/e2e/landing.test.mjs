// The landing page: prerendered HTML that paints without SvelteKit's client, its four widgets loaded
// as the site's custom elements when scrolled near, and the theme menu working without the client.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { watchedPage } from './browser.mjs';
import { readDrawing, widgetIds } from './drawing.mjs';
import { buildDir } from './server.mjs';
import { siteSession } from './session.mjs';

const site = siteSession();

/** Drawing facts of the landing page's element for `widget`, read inside its shadow root. */
async function drawing(page, widget) {
  const element = page.locator(`dlviz-${widget}`);
  await element.locator('svg').first().waitFor({ timeout: 20_000 });
  return page.evaluate(readDrawing, await element.evaluateHandle((e) => e.shadowRoot));
}

/** Saves a theme choice before the first page of the tab loads, as a reader's earlier visit would. */
const saveThemeOnce = (page, theme) =>
  page.addInitScript((theme) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('dlviz-theme', theme);
  }, theme);

/** Scrolls to each widget in turn, as a reader does, so each one loads. */
async function scrollThrough(page) {
  for (const widget of widgetIds) await page.locator(`dlviz-${widget}`).scrollIntoViewIfNeeded();
}

test('the landing page asks for one small script before its first paint, not the site app', () => {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /modulepreload|_app\/immutable\/[^"]*\.js/);
  // The inline one only sets the saved theme on <html>, so that the first paint has it.
  assert.deepEqual(html.match(/<script[^>]*>/g), [
    '<script>',
    '<script type="module" src="./landing/landing.js">',
  ]);
  assert.match(html, /<script>try\{var t=localStorage.getItem\("dlviz-theme"\)[^<]{0,120}<\/script>/);
  assert.ok(readFileSync(join(buildDir, 'landing', 'landing.js')).length < 2000);
});

test('each widget loads as it is scrolled near and draws its default problem', async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin, {
    viewport: { width: 1280, height: 800 },
  });
  const fetched = [];
  page.on('request', (request) => {
    const match = /\/elements\/([a-z-]+)\/element\.js$/.exec(request.url());
    if (match) fetched.push(match[1]);
  });
  try {
    await page.goto(`${site.server.origin}/`);
    await drawing(page, widgetIds[0]);
    // The last widget is several screens down: not fetched until the reader comes near it.
    assert.ok(!fetched.includes('norm-axes'), `fetched at the top: ${fetched}`);
    await scrollThrough(page);
    for (const widget of widgetIds) {
      const drawn = await drawing(page, widget);
      assert.equal(drawn.error, '', widget);
      assert.equal(drawn.nan, false, widget);
      assert.ok(drawn.shapes > 10, `${widget} draws`);
      // Its title sits under the section's h2 in the page's outline.
      const level = await page
        .locator(`dlviz-${widget}`)
        .evaluate((e) => e.shadowRoot.querySelector('[role=heading]').getAttribute('aria-level'));
      assert.equal(level, '3', widget);
    }
    assert.deepEqual(fetched.sort(), [...widgetIds].sort());
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the theme menu sets the page and every widget, and other pages keep the choice', async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  const themes = () =>
    page.evaluate(() => ({
      page: document.documentElement.dataset.theme,
      menu: document.querySelector('select[name="theme"]').value,
      widgets: [...document.querySelectorAll('[data-widget]')].map((w) => w.getAttribute('theme')),
    }));
  try {
    await saveThemeOnce(page, 'dark');
    await page.goto(`${site.server.origin}/`);
    await drawing(page, widgetIds[0]);
    assert.deepEqual(await themes(), { page: 'dark', menu: 'dark', widgets: widgetIds.map(() => 'dark') });
    // The widget follows: its frame's background is the dark theme's.
    const background = () =>
      page
        .locator('dlviz-conv-stepper')
        .evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.dlviz-root')).backgroundColor);
    const dark = await background();
    await page.selectOption('select[name="theme"]', 'light');
    assert.deepEqual(await themes(), { page: 'light', menu: 'light', widgets: widgetIds.map(() => 'light') });
    assert.notEqual(await background(), dark);
    await page.reload({ waitUntil: 'networkidle' });
    assert.equal((await themes()).menu, 'light');
    // A page that SvelteKit runs reads the same saved choice.
    await page.goto(`${site.server.origin}/norm-axes/`);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.equal(await page.locator('select[name="theme"]').inputValue(), 'light');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a widget whose script cannot be fetched says so in its place', async () => {
  const { page, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await page.route('**/elements/conv-stepper/element.js', (route) => route.abort());
    await page.goto(`${site.server.origin}/`);
    await page
      .locator('dlviz-conv-stepper')
      .getByText('The convolution stepper could not be loaded: check the connection, then reload the page.')
      .waitFor();
    // Its box gives up the height it kept, and the others still load.
    const box = await page.locator('dlviz-conv-stepper').boundingBox();
    assert.ok(box.height < 400, `the failed widget's box is ${box.height} px tall`);
    await page.locator('dlviz-backprop-graph').scrollIntoViewIfNeeded();
    assert.ok((await drawing(page, 'backprop-graph')).shapes > 10);
  } finally {
    await close();
  }
});

test('a saved theme is on the page before any script file runs, and Back shows it in the menu', async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await saveThemeOnce(page, 'dark');
    // The landing script held back: what the first paint sees comes from the page itself.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/landing/landing.js', async (route) => {
      await held;
      await route.continue();
    });
    // DOMContentLoaded waits for the module script, so wait for the parsed page instead.
    await page.goto(`${site.server.origin}/`, { waitUntil: 'commit' });
    await page.locator('footer').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    release();
    await page.waitForLoadState('networkidle');
    await page.unroute('**/landing/landing.js');
    // Another page saves a new choice; Back must not show the old one in the menu.
    await page.goto(`${site.server.origin}/embedding/`, { waitUntil: 'networkidle' });
    await page.selectOption('select[name="theme"]', 'light');
    await page.goBack({ waitUntil: 'networkidle' });
    assert.equal(await page.locator('select[name="theme"]').inputValue(), 'light');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('without JavaScript the page says so and links each widget page, and offers no theme menu', async () => {
  const { page, close } = await watchedPage(site.browser, site.server.origin, { javaScriptEnabled: false });
  try {
    await page.goto(`${site.server.origin}/`);
    assert.equal(await page.locator('.site-header .theme').isVisible(), false);
    const note = page.locator('dlviz-norm-axes').getByText('The live normalization axes needs JavaScript.');
    assert.ok(await note.isVisible());
    assert.equal(await page.locator('dlviz-norm-axes').getByText('Loading').isVisible(), false);
    assert.equal(await page.locator('dlviz-norm-axes .no-script a').getAttribute('href'), './norm-axes/');
  } finally {
    await close();
  }
});

test('links point at the folders the static build writes, so no host has to redirect them', async () => {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const hrefs = [...html.matchAll(/<a[^>]* href="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(hrefs.length > 10);
  for (const href of hrefs) assert.match(href, /^(#|\.\/$|\.\/[a-z-]+\/$)/, href);
});

for (const width of [360, 1280])
  test(`at ${width} px each widget's box keeps about its height until it loads`, async () => {
    const viewport = { width, height: 800 };
    const heights = (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-widget]')].map((w) => w.getBoundingClientRect().height),
      );
    const before = await watchedPage(site.browser, site.server.origin, { viewport });
    let kept;
    try {
      // Element scripts held back: the boxes as the first paint lays them out.
      await before.page.route('**/elements/**', () => {});
      await before.page.goto(`${site.server.origin}/`, { waitUntil: 'commit' });
      await before.page.locator('footer').waitFor({ state: 'attached' });
      kept = await heights(before.page);
    } finally {
      await before.close();
    }
    const { page, problems, close } = await watchedPage(site.browser, site.server.origin, { viewport });
    try {
      await page.goto(`${site.server.origin}/`);
      await scrollThrough(page);
      for (const widget of widgetIds) await drawing(page, widget);
      await page.waitForLoadState('networkidle');
      const drawn = await heights(page);
      for (const [k, widget] of widgetIds.entries()) {
        const ratio = kept[k] / drawn[k];
        assert.ok(ratio > 0.75 && ratio < 1.25, `${widget}: kept ${kept[k]} px, drawn ${drawn[k]} px`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

test('coming back to the landing page from another page loads it anew, so its widgets still load', async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await page.goto(`${site.server.origin}/playground/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => (window.sameDocument = true));
    await page.getByRole('link', { name: 'dlviz', exact: true }).click();
    await page.waitForURL(`${site.server.origin}/`);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => window.sameDocument), undefined);
    await scrollThrough(page);
    for (const widget of widgetIds) assert.ok((await drawing(page, widget)).shapes > 10, widget);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
