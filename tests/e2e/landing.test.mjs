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

/** Scrolls to each widget in turn, as a reader does, so each one loads. */
async function scrollThrough(page) {
  for (const widget of widgetIds) await page.locator(`dlviz-${widget}`).scrollIntoViewIfNeeded();
}

test('the landing page asks for one small script before its first paint, not the site app', () => {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /modulepreload|_app\/immutable\/[^"]*\.js/);
  assert.deepEqual(html.match(/<script[^>]*>/g), ['<script type="module" src="./landing/landing.js">']);
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
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('dlviz-theme', 'dark');
      }
    });
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
    // The others still load.
    assert.ok((await drawing(page, 'backprop-graph')).shapes > 10);
  } finally {
    await close();
  }
});
