// Keyboard only: Tab to a widget's step controls, step with the arrows, jump with Home/End, play
// and pause with Space; at every step the aria-live sentence is the core trace's sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backpropTrace, convTrace, normTrace, optimizerTrace, validate } from '@dlviz/core';
import { siteDefaults } from './site-defaults.mjs';
import { visit, watchedPage } from './browser.mjs';
import { widgetIds } from './drawing.mjs';
import { siteSession } from './session.mjs';

const traceOf = {
  'conv-stepper': convTrace,
  'backprop-graph': backpropTrace,
  'optimizer-race': optimizerTrace,
  'norm-axes': normTrace,
};

const site = siteSession();

const live = (page) =>
  page.evaluate(() => document.querySelector('.narration ~ [aria-live="polite"]')?.textContent?.trim());
const focusedName = (page) =>
  page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim(),
  );

for (const widget of widgetIds)
  test(`${widget}: Tab, arrows, Home/End and Space`, async () => {
    const { preset, problem } = siteDefaults(widget);
    const trace = traceOf[widget](validate(problem).value);
    const sentence = (k) => trace.at(k).sentence;
    const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
    try {
      await visit(page, `${site.server.origin}/embed/${widget}/?preset=${preset}`);
      await page.locator('main svg').first().waitFor();
      // Tab until the "next" button has focus, as a keyboard user would.
      let tabs = 0;
      while (!/^Next (step|update)$/.test((await focusedName(page)) ?? '') && tabs < 200) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      assert.ok(tabs < 200, 'the step controls are reachable with Tab');
      assert.equal(await live(page), sentence(0));
      for (const k of [1, 2, 3]) {
        await page.keyboard.press('ArrowRight');
        assert.equal(await live(page), sentence(k), `after → to step ${k}`);
      }
      await page.keyboard.press('ArrowLeft');
      assert.equal(await live(page), sentence(2));
      await page.keyboard.press('End');
      assert.equal(await live(page), sentence(trace.length - 1));
      await page.keyboard.press('Home');
      assert.equal(await live(page), sentence(0));
      // Shift+Tab to Play; Space starts, Space again pauses.
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focusedName(page), 'Play');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Pause');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Play');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
