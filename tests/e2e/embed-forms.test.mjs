// The three embed forms on host pages made here: iframe (with the height message), script + custom
// element, several widgets and two copies of one on a page, and a page whose CSP forbids eval and
// inline scripts.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { visit, watchedPage } from './browser.mjs';
import { readDrawing, widgetIds } from './drawing.mjs';
import { elementScript, elementTag, hostPage } from './hosts.mjs';
import { buildDir } from './server.mjs';
import { siteSession } from './session.mjs';

const site = siteSession();

/** Drawing facts of the element with this id, read inside its shadow root. */
async function elementDrawing(page, id) {
  await page.locator(`#${id} svg`).first().waitFor({ timeout: 20_000 });
  const root = await page.evaluateHandle((id) => document.getElementById(id).shadowRoot, id);
  return page.evaluate(readDrawing, root);
}

const narration = (page, id) =>
  page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('.narration')?.textContent, id);

test('an iframe per widget posts its height, and the host script resizes the iframe', async () => {
  const frames = widgetIds
    .map(
      (w) =>
        `<iframe src="/embed/${w}/" title="dlviz ${w}" width="800" height="200" style="border:0"></iframe>`,
    )
    .join('');
  const url = site.server.host(
    '/iframes.html',
    hostPage('Iframes', `${frames}<script src="/embed-host.js" defer></script>`),
  );
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await page.addInitScript(() => {
      window.heights = {};
      addEventListener('message', (e) => {
        if (e.data?.type === 'dlviz:height') window.heights[e.data.widget] = e.data.height;
      });
    });
    await page.goto(url);
    await page.waitForFunction((n) => Object.keys(window.heights).length === n, widgetIds.length, {
      timeout: 30_000,
    });
    const heights = await page.evaluate(() => window.heights);
    for (const w of widgetIds) assert.ok(heights[w] > 300, `${w} reports a real height (${heights[w]})`);
    // The host script sets each iframe to the height its page reported, so no inner scrollbar remains.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('iframe')].every((f) => parseFloat(f.style.height) > 300),
    );
    for (const frame of page.frames().slice(1)) {
      await frame.locator('main svg').first().waitFor();
      assert.equal(await frame.evaluate(() => document.querySelectorAll('[role=alert]').length), 0);
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('an iframe follows its widget both ways: taller as a section opens, shorter as it closes', async () => {
  const url = site.server.host(
    '/iframe-both-ways.html',
    hostPage(
      'Iframe both ways',
      '<iframe src="/embed/conv-stepper/" title="dlviz" width="800" height="200" style="border:0"></iframe>' +
        '<script src="/embed-host.js" defer></script>',
    ),
  );
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await page.goto(url);
    const iframe = page.locator('iframe');
    const height = () => iframe.evaluate((f) => parseFloat(f.style.height) || 0);
    await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 300);
    const frame = page.frames()[1];
    await frame.locator('main svg').first().waitFor();
    const closed = await height();
    const worked = frame.locator('summary', { hasText: 'Worked answer' });
    await worked.click();
    await page.waitForFunction(
      (h) => parseFloat(document.querySelector('iframe').style.height) > h + 50,
      closed,
    );
    await worked.click();
    await page.waitForFunction(
      (h) => Math.abs(parseFloat(document.querySelector('iframe').style.height) - h) <= 2,
      closed,
    );
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('script + custom element: each widget draws inside its shadow root', async () => {
  for (const w of widgetIds) {
    const url = site.server.host(
      `/element-${w}.html`,
      hostPage(`Element ${w}`, elementScript(w) + elementTag(w)),
    );
    const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
    try {
      await page.goto(url);
      const drawn = await elementDrawing(page, w);
      assert.equal(drawn.error, '');
      assert.equal(drawn.nan, false);
      assert.ok(drawn.shapes > 10, `${w} draws`);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  }
});

test('a new problem attribute starts each widget again at its initial-step', async () => {
  const body = widgetIds
    .map((w) => elementScript(w) + elementTag(w, undefined, { attributes: 'initial-step="1"' }))
    .join('');
  const url = site.server.host('/restart.html', hostPage('Restart', body));
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await page.goto(url);
    for (const w of widgetIds) {
      await elementDrawing(page, w);
      const first = await narration(page, w);
      const next = page.locator(`#${w} .controls button`, { hasText: /^Next / });
      await next.click();
      await next.click();
      assert.notEqual(await narration(page, w), first, w);
      // The same problem written anew, as a page does that sets one from a list of exercises.
      await page.evaluate((w) => {
        const element = document.getElementById(w);
        element.setAttribute('problem', JSON.stringify(JSON.parse(element.getAttribute('problem')), null, 1));
      }, w);
      await page.waitForFunction(
        ([w, first]) =>
          document.getElementById(w).shadowRoot.querySelector('.narration')?.textContent === first,
        [w, first],
      );
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a custom element served by the site loads its on-demand parts from beside it', async () => {
  // Predict mode's prompt is such a part in every widget; so are the conv stepper's layer settings.
  const body =
    widgetIds.map(elementScript).join('') +
    widgetIds.map((w) => elementTag(w, undefined, { attributes: 'predict' })).join('');
  const url = site.server.host('/on-demand.html', hostPage('On-demand parts', body));
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await page.goto(url);
    for (const w of widgetIds)
      await page
        .locator(`#${w}`)
        .getByRole('textbox', { name: 'Your prediction' })
        .waitFor({ timeout: 20_000 });
    const conv = page.locator('#conv-stepper');
    await conv.locator('summary', { hasText: 'Layer settings' }).click();
    await conv.getByRole('spinbutton', { name: /^padding rows/ }).waitFor({ timeout: 20_000 });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("a custom element served by the site links to that site's embed pages and element scripts", async () => {
  // The element and its parts served from a folder below the root, as a course site might host dlviz.
  const elementDir = join(buildDir, 'elements', 'norm-axes');
  for (const file of readdirSync(elementDir))
    site.server.host(
      `/course/dlviz/elements/norm-axes/${file}`,
      readFileSync(join(elementDir, file), 'utf8'),
      {
        'content-type': 'text/javascript; charset=utf-8',
      },
    );
  const body = `<script type="module" src="/course/dlviz/elements/norm-axes/element.js"></script>${elementTag('norm-axes')}`;
  const url = site.server.host('/course/unit-3.html', hostPage('A course page', body));
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    // What the widget copies is recorded instead of reaching the system clipboard.
    await page.addInitScript(() => {
      window.copied = [];
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text) => void window.copied.push(text) },
      });
    });
    await page.goto(url);
    const widget = page.locator('#norm-axes');
    await widget.locator('svg').first().waitFor({ timeout: 20_000 });
    for (const name of ['Copy link', 'Copy custom element code']) {
      await widget.locator('summary', { hasText: 'Share' }).click();
      await widget.getByRole('button', { name }).click();
    }
    await page.waitForFunction(() => window.copied.length === 2);
    const [link, element] = await page.evaluate(() => window.copied);
    const dlvizSite = `${site.server.origin}/course/dlviz/`;
    assert.ok(link.startsWith(`${dlvizSite}embed/norm-axes/?`), link);
    assert.ok(element.includes(`src="${dlvizSite}elements/norm-axes/element.js"`), element);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('an element copied without its parts says what it cannot load, and still draws', async () => {
  // element.js alone on another path: the files it loads on demand are not beside it.
  const code = readFileSync(join(buildDir, 'elements', 'conv-stepper', 'element.js'), 'utf8');
  site.server.host('/lonely/element.js', code, { 'content-type': 'text/javascript; charset=utf-8' });
  const tag = elementTag('conv-stepper', undefined, { attributes: 'predict' });
  const url = site.server.host(
    '/lonely.html',
    hostPage('Without its parts', `<script type="module" src="/lonely/element.js"></script>${tag}`),
  );
  const { page, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await page.goto(url);
    const conv = page.locator('#conv-stepper');
    await conv
      .getByText('The prediction prompt could not be loaded: check the connection, then reload the page.')
      .waitFor({ timeout: 20_000 });
    await conv.locator('summary', { hasText: 'Layer settings' }).click();
    await conv
      .getByText('These settings could not be loaded: check the connection, then reload the page.')
      .waitFor();
    await conv.locator('summary', { hasText: 'Share' }).click();
    await conv
      .getByText('The share menu could not be loaded: check the connection, then reload the page.')
      .waitFor();
    assert.ok((await elementDrawing(page, 'conv-stepper')).shapes > 10);
  } finally {
    await close();
  }
});

const fourAndTwin = hostPage(
  'Four widgets and a twin',
  widgetIds.map(elementScript).join('') +
    widgetIds.map((w) => elementTag(w)).join('') +
    elementTag('conv-stepper', undefined, { id: 'twin' }),
);

test('four different widgets and two copies of one live side by side; editing one leaves the rest', async () => {
  const url = site.server.host('/four.html', fourAndTwin);
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await page.goto(url);
    for (const id of [...widgetIds, 'twin']) assert.ok((await elementDrawing(page, id)).shapes > 10, id);
    const before = await Promise.all([...widgetIds, 'twin'].map((id) => narration(page, id)));
    // Step the first conv stepper and give it a new problem; nothing else may change.
    await page.locator('#conv-stepper').getByRole('button', { name: 'Next step' }).click();
    await page.locator('#conv-stepper').getByRole('button', { name: 'Next step' }).click();
    const changed = await narration(page, 'conv-stepper');
    assert.notEqual(changed, before[0]);
    const after = await Promise.all([...widgetIds, 'twin'].map((id) => narration(page, id)));
    assert.deepEqual(after.slice(1), before.slice(1));
    await page.evaluate(() => {
      document.getElementById('twin').problem = {
        widget: 'conv',
        input: [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        kernels: [[[[1]]]],
      };
    });
    // The twin now draws a 1×2×2 output; the first copy keeps its own problem and step.
    await page.waitForFunction(
      () => document.getElementById('twin').shadowRoot.querySelectorAll('[role=gridcell]').length < 20,
    );
    assert.equal((await elementDrawing(page, 'twin')).outputCells, 4);
    assert.equal(await narration(page, 'conv-stepper'), changed);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a host page whose CSP forbids eval and inline scripts: every widget works', async () => {
  const csp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:";
  const url = site.server.host('/csp.html', fourAndTwin, { 'content-security-policy': csp });
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  const violations = [];
  page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
  try {
    await page.goto(url);
    for (const id of [...widgetIds, 'twin']) {
      const drawn = await elementDrawing(page, id);
      assert.ok(drawn.shapes > 10 && drawn.error === '', id);
    }
    // Interaction still works under the policy: step and play/pause.
    await page.locator('#norm-axes').getByRole('button', { name: 'Next step' }).click();
    await page.locator('#optimizer-race').getByRole('button', { name: 'Play' }).click();
    await page.locator('#optimizer-race').getByRole('button', { name: 'Pause' }).click();
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("the embed builder keeps a link's view for the link's problem only", async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await visit(page, `${site.server.origin}/optimizer-race/?view=box:-2:2:-1:3`);
    const iframe = page.locator('section.builder pre[aria-labelledby="snippet-iframe"]');
    await page.waitForFunction(() => document.querySelector('#widget .dlviz-root') !== null);
    assert.match(await iframe.textContent(), /view=box/);
    // Another preset fits its own view: the box belonged to the surface the link opened.
    await page.locator('#widget').getByRole('combobox', { name: 'Preset' }).selectOption('himmelblau');
    await page.waitForFunction(
      () =>
        !document
          .querySelector('section.builder pre[aria-labelledby="snippet-iframe"]')
          .textContent.includes('view='),
    );
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("the embed builder's iframe and element snippets show exactly its preview, at its height", async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin, {
    viewport: { width: 1100, height: 900 },
  });
  try {
    await visit(page, `${site.server.origin}/norm-axes/`);
    const builder = page.locator('section.builder');
    await builder.getByRole('checkbox', { name: 'Hide Narration' }).check();
    await builder.getByRole('checkbox', { name: 'Lock Editing' }).check();
    await builder.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await builder.getByRole('spinbutton', { name: 'First step' }).fill('3');
    const preview = builder.locator('.preview');
    await preview.locator('svg').first().waitFor();
    // What a reader sees of the state: the step, the narration, the theme, the lock.
    const facts = (locator) =>
      locator.evaluate((node) => {
        node = node.shadowRoot ?? node;
        const style = getComputedStyle(node.querySelector('.dlviz-root'));
        return {
          position: node.querySelector('.position')?.textContent,
          narration: node.querySelector('.narration') !== null,
          background: style.backgroundColor,
          lockedFields: [...node.querySelectorAll('input, select')].filter((e) => e.disabled).length > 0,
        };
      });
    const shown = await facts(preview);
    // The field numbers steps as the counter does: "3" is the third step, `step=2` in the code.
    assert.match(shown.position, /^Step 3 of /);
    assert.equal(shown.narration, false);
    assert.ok(shown.lockedFields);
    const snippet = async (form) =>
      (await builder.locator(`pre[aria-labelledby="snippet-${form}"]`).textContent()).trim();
    const [iframe, elementCode] = [await snippet('iframe'), await snippet('element')];
    const height = Number(/height="(\d+)"/.exec(iframe)[1]);
    const previewHeight = await preview.evaluate((p) => p.firstElementChild.getBoundingClientRect().height);
    assert.ok(Math.abs(height - previewHeight - 8) <= 2, `iframe ${height} px, preview ${previewHeight} px`);
    // The host column is as wide as the preview, so the embedded widget lays out the same.
    const width =
      Math.round(await preview.evaluate((p) => p.firstElementChild.getBoundingClientRect().width)) + 8;
    const host = (name, body) =>
      site.server.host(`/${name}.html`, hostPage(name, `<div style="width:${width}px">${body}</div>`));
    await page.goto(host('builder-iframe', iframe));
    const frame = page.frameLocator('iframe').locator('main');
    await frame.locator('svg').first().waitFor({ timeout: 20_000 });
    assert.deepEqual(await facts(frame), shown);
    const reported = await page
      .frameLocator('iframe')
      .locator('html')
      .evaluate((h) => h.scrollHeight);
    assert.ok(
      Math.abs(reported - height) <= Math.max(24, height * 0.02),
      `page ${reported} px, iframe ${height} px`,
    );
    await page.goto(host('builder-element', elementCode));
    const element = page.locator('dlviz-norm-axes');
    await element.locator('svg').first().waitFor({ timeout: 20_000 });
    assert.deepEqual(await facts(element), shown);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
