// Every docs page and every /embed page, as a visitor opens them from the production build.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backpropPresets, convPresets, normPresets, optimizerPresets } from '@dlviz/core';
import { axeViolations } from './axe.mjs';
import { watchedPage } from './browser.mjs';
import { expectedDrawing, readDrawing, widgetIds } from './drawing.mjs';
import { siteSession } from './session.mjs';

const presets = {
  'conv-stepper': convPresets,
  'backprop-graph': backpropPresets,
  'optimizer-race': optimizerPresets,
  'norm-axes': normPresets,
};
const sitePages = ['/', ...widgetIds.map((w) => `/${w}/`), '/playground/', '/format/', '/embedding/'];
const embedPages = widgetIds.map((w) => `/embed/${w}/`);

const site = siteSession();

async function open(path, options) {
  const watched = await watchedPage(site.browser, site.server.origin, options);
  await watched.page.goto(site.server.origin + path, { waitUntil: 'load' });
  // Pages with a widget are ready when it has drawn; the others when their heading is there.
  const ready = path === '/embedding/' || path === '/format/' ? 'h1' : 'main svg';
  await watched.page.locator(ready).first().waitFor({ timeout: 20_000 });
  return watched;
}

// Grids of long numbers, each cell showing fewer digits than its name gives (label in name).
const roundedCells = '/embed/backprop-graph/?preset=vanishing-sigmoid';

describe('pages load cleanly and pass axe', () => {
  for (const path of [...sitePages, ...embedPages, roundedCells])
    for (const colorScheme of ['light', 'dark'])
      test(`${path} (${colorScheme})`, async () => {
        const { page, problems, close } = await open(path, { colorScheme });
        try {
          await page.waitForLoadState('networkidle');
          assert.deepEqual(await axeViolations(page), []);
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      });

  test('directories without their trailing slash still reach the page', async () => {
    const { page, problems, close } = await open('/embed/norm-axes');
    try {
      assert.match(page.url(), /\/embed\/norm-axes\/$/);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

test('without JavaScript, a widget page still draws, and a closed section says it needs JavaScript', async () => {
  const { page, close } = await open('/optimizer-race/', { javaScriptEnabled: false });
  try {
    const widget = page.locator('.frame').first();
    await widget.locator('summary', { hasText: 'Worked answer' }).click();
    assert.ok(await widget.getByText('The worked answer needs JavaScript.').isVisible());
    const settings = widget.locator('details', {
      has: page.locator('summary', { hasText: 'Optimizer settings' }),
    });
    await settings.locator('summary').click();
    assert.ok(await settings.getByText('These settings need JavaScript.').isVisible());
  } finally {
    await close();
  }
});

test('a widget page keeps the widget it prerendered, and the sections a reader opened before its script ran', async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    // The page's scripts held back: the reader opens the prerendered widget's closed sections.
    let release;
    const scripts = new Promise((resolve) => (release = resolve));
    await page.route('**/_app/immutable/**/*.js', async (route) => {
      await scripts;
      await route.continue();
    });
    await page.goto(`${site.server.origin}/conv-stepper/`, { waitUntil: 'commit' });
    const widget = page.locator('#widget .frame');
    const sections = [
      widget.locator('details', { has: page.locator('summary', { hasText: /^\s*Shapes/ }) }),
      widget.locator('details.worked'),
    ];
    for (const section of sections) await section.locator('summary').click();
    await widget.evaluate((frame) => (frame.dataset.prerendered = 'yes'));
    release();
    // Filled in once the script runs; then hydrated, not drawn anew: the mark is still there, and
    // the sections are still open.
    for (const section of sections) await section.locator('.formula').first().waitFor();
    assert.equal(await widget.getAttribute('data-prerendered'), 'yes');
    for (const section of sections) assert.equal(await section.evaluate((details) => details.open), true);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("a gallery card asked for again draws its preset anew over the reader's edits", async () => {
  const { page, problems, close } = await open('/conv-stepper/?preset=blur');
  try {
    const card = page.locator('.gallery a[href="?preset=blur#widget"]');
    const presetMenu = page.locator('#widget select').first();
    // The page's own worked answer, below the gallery, follows the widget's problem.
    const answer = page.locator('section.worked .answer');
    // The page is prerendered with the default preset: the query's takes over once it has hydrated.
    await page.locator('.gallery a[href="?preset=blur#widget"][aria-current="true"]').waitFor();
    const blurAnswer = await answer.textContent();
    // A random draw edits every value: the card is no longer what is shown.
    await page.locator('#widget button', { hasText: 'Random' }).click();
    await page.locator('#widget .seed').waitFor();
    assert.equal(await presetMenu.inputValue(), '');
    assert.equal(await card.getAttribute('aria-current'), null);
    assert.notEqual(await answer.textContent(), blurAnswer);
    await card.click();
    await page.locator('#widget .seed').waitFor({ state: 'detached' });
    assert.equal(await presetMenu.inputValue(), 'blur');
    assert.equal(await card.getAttribute('aria-current'), 'true');
    assert.equal(await answer.textContent(), blurAnswer);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a link naming a preset the widget does not have says so, and opens with the default', async () => {
  for (const path of ['/embed/norm-axes/?preset=no-such-preset', '/norm-axes/?preset=no-such-preset']) {
    const { page, problems, close } = await open(path);
    try {
      const note = page.getByRole('note').filter({ hasText: 'No preset' });
      assert.equal(
        (await note.textContent()).trim(),
        'No preset “no-such-preset” for the normalization axes: it opens with its default.',
      );
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  }
  // A preset it has says nothing.
  const { page, close } = await open('/embed/norm-axes/?preset=exam-batch-fc');
  try {
    assert.equal(await page.getByRole('note').filter({ hasText: 'No preset' }).count(), 0);
  } finally {
    await close();
  }
});

test('a link hiding or locking a control group that does not exist says so; the real ones still apply', async () => {
  for (const path of [
    '/embed/conv-stepper/?hide=wokred,presets&lock=stpes',
    '/conv-stepper/?hide=wokred presets&lock=stpes',
  ]) {
    const { page, problems, close } = await open(path);
    try {
      const note = page.getByRole('note').filter({ hasText: 'No control group' });
      assert.equal(
        (await note.textContent()).replace(/\s+/g, ' ').trim(),
        'No control group “wokred”, “stpes” to hide or lock: the groups are steps, speed, presets, random, edit, view, export, links, worked, narration.',
      );
      // The widget the link opens (the site page's gallery holds others).
      const opened = page.locator('#widget, main.embed');
      assert.equal(await opened.getByRole('combobox', { name: 'Preset' }).count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  }
  const { page, close } = await open('/embed/conv-stepper/?hide=worked');
  try {
    assert.equal(await page.getByRole('note').filter({ hasText: 'No control group' }).count(), 0);
  } finally {
    await close();
  }
});

test("the site's own header rules leave a widget's header alone: it lines up with the widget's body", async () => {
  const { page, problems, close } = await open('/conv-stepper/');
  try {
    const header = page.locator('#widget header').first();
    const style = await header.evaluate((h) => {
      const s = getComputedStyle(h);
      return { padding: s.paddingLeft, border: s.borderBottomStyle };
    });
    assert.deepEqual(style, { padding: '0px', border: 'none' });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a worked answer that starts open is prerendered open', async () => {
  // Norm's worked answer starts open; the others start closed.
  const { page, close } = await open('/norm-axes/', { javaScriptEnabled: false });
  try {
    const worked = page.locator('#widget details.worked');
    assert.equal(await worked.evaluate((details) => details.open), true);
    assert.equal(await worked.locator('.needs-script').count(), 0);
  } finally {
    await close();
  }
});

test("on a system with no math font, the site's own stretches brackets around a fraction", async () => {
  const { page, problems, close } = await open('/embed/conv-stepper/');
  try {
    // As the formulas' stack ends on a machine with none of the fonts before it.
    await page.addStyleTag({ content: ":root { --dlviz-font-math: 'Noto Sans Math' }" });
    await page.locator('summary', { hasText: 'Shapes' }).click();
    const floor = page.locator('.formula math').first();
    await floor.locator('mfrac').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    const [fence, fraction] = await floor.evaluate((math) =>
      ['mo[stretchy="true"]', 'mfrac'].map((name) => math.querySelector(name).getBoundingClientRect().height),
    );
    assert.ok(fence > 0.9 * fraction, `⌊ is ${fence} px tall beside a ${fraction} px fraction`);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

describe('pages fit a 320 px phone without sideways scrolling', () => {
  for (const path of [...sitePages, ...embedPages])
    test(path, async () => {
      const { page, problems, close } = await open(path, { viewport: { width: 320, height: 640 } });
      try {
        await page.waitForLoadState('networkidle');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `${path} is ${width} px wide`);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
});

describe("on a 375 px phone a page's formulas wrap rather than scroll", () => {
  for (const path of [...widgetIds.map((w) => `/${w}/`), '/format/'])
    test(path, async () => {
      const { page, problems, close } = await open(path, { viewport: { width: 375, height: 740 } });
      try {
        // The wrapping layout loads when a formula first overflows; it has settled when none does.
        const scrolling = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('.formula.block')]
              .filter((formula) => formula.scrollWidth > formula.clientWidth + 1)
              .map((formula) => formula.textContent.trim().slice(0, 40)),
          );
        let wide = await scrolling();
        for (let tries = 0; wide.length && tries < 40; tries++) {
          await page.waitForTimeout(100);
          wide = await scrolling();
        }
        assert.deepEqual(wide, []);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
});

test('on a phone, a grid wider than the screen scrolls into view rather than being cut off', async () => {
  const { page, problems, close } = await open('/embed/conv-stepper/?preset=stanford-g-15x15', {
    viewport: { width: 320, height: 640 },
  });
  try {
    const input = page.locator('[aria-label^="Input channel 0"]');
    const last = input.locator('[data-row="0"][data-col="14"]');
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `the last column is at ${box?.x} px`);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

describe('every preset draws what the core computes', () => {
  for (const widget of widgetIds)
    test(widget, async () => {
      const { page, problems, close } = await open(`/embed/${widget}/`);
      try {
        for (const preset of presets[widget]) {
          await page.goto(`${site.server.origin}/embed/${widget}/?preset=${preset.id}`);
          await page.locator('main svg').first().waitFor();
          const drawn = await page.evaluate(readDrawing, await page.evaluateHandle(() => document));
          const expected = expectedDrawing(widget, preset.problem);
          const label = `${widget} preset ${preset.id}`;
          assert.equal(drawn.error, '', `${label} shows an error`);
          assert.equal(drawn.nan, false, `${label} draws NaN or Infinity`);
          // A layer too large to draw shows the note that says so instead of grids.
          if (expected.outputCells !== 0) assert.ok(drawn.shapes > 10, `${label} draws an empty SVG`);
          for (const [key, count] of Object.entries(expected))
            assert.equal(drawn[key], count, `${label}: ${key}`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
});
