// The step controls under a reader's thumb: pressing Next again and again, the pointer stays on the
// button (nothing above the controls changes height from step to step: a sentence wrapping, a
// stage's note, a chart or key appearing), and on a screen shorter than the widget the buttons stay
// in sight, at the screen's bottom, while the drawing is read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backpropPresets, convPresets, optimizerPresets, normPresets } from '@dlviz/core';
import { watchedPage } from './browser.mjs';
import { elementScript, elementTag, hostPage } from './hosts.mjs';
import { siteSession } from './session.mjs';

const site = siteSession();
const preset = (presets, id) => presets.find((p) => p.id === id).problem;

// Each run (to its last step, or as far as the count says) crosses a change of stage: convolution
// into pooling, forward into backward (the gradient chart appears), the start into the first update
// (the arrows appear), group into group (numbers of other widths). On a desktop and on a phone,
// where more of what is written wraps.
const runs = [
  ['conv-stepper', preset(convPresets, 'duke-q8-maxpool'), 20],
  ['backprop-graph', preset(backpropPresets, 'duke-q9-leaky-mlp'), 30],
  ['optimizer-race', preset(optimizerPresets, 'ellipse-race'), 5],
  ['norm-axes', preset(normPresets, 'exam-batch-fc'), 12],
];

/** A page holding the widget's element, on a screen `width` × `height` px. */
async function widgetPage(widget, problem, width, height, attributes = '') {
  const url = site.server.host(
    `/steps-${widget}-${width}-${height}${attributes ? '-with-attributes' : ''}.html`,
    hostPage(widget, elementScript(widget) + elementTag(widget, problem, { attributes })),
  );
  const watched = await watchedPage(site.browser, site.server.origin, { viewport: { width, height } });
  await watched.page.goto(url);
  const next = watched.page.locator(`#${widget}`).getByRole('button', { name: /^Next/ });
  await next.waitFor({ timeout: 20_000 });
  return { ...watched, next };
}

for (const [widget, problem, steps] of runs)
  for (const width of [1100, 375])
    test(`${widget}: the Next button stays where it is while stepping, ${width} px wide`, async () => {
      // A screen taller than the widget, so the controls are where the layout puts them, not held
      // at the screen's bottom (which would keep them still whatever moved above them).
      const { next, problems, close } = await widgetPage(widget, problem, width, 4000);
      try {
        const top = () => next.evaluate((button) => button.getBoundingClientRect().top + scrollY);
        const first = await top();
        for (let step = 1; step <= steps && (await next.getAttribute('aria-disabled')) !== 'true'; step++) {
          await next.click();
          // Within 2 px: a formula's height follows its glyphs (a root sign over a taller number), and
          // a pixel or two under a 44 px button is no jump.
          const moved = Math.abs((await top()) - first);
          assert.ok(moved <= 2, `after ${step} presses of Next, the button moved ${moved} px`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

for (const [widget, problem] of runs)
  for (const width of [1100, 375])
    test(`${widget}: the step buttons stay in sight while the drawing is read, ${width} px wide`, async () => {
      const { page, next, problems, close } = await widgetPage(widget, problem, width, 600);
      try {
        const box = () => next.evaluate((button) => button.getBoundingClientRect().toJSON());
        // At the top of the widget, its controls far below: held at the screen's bottom, and working.
        const held = await box();
        assert.ok(held.bottom <= 600 && held.top > 500, `Next is at ${held.top}–${held.bottom} px`);
        const position = page.locator(`#${widget}`).locator('.position');
        const before = await position.textContent();
        await next.click();
        assert.notEqual(await position.textContent(), before);
        assert.equal(await page.evaluate(() => scrollY), 0, 'pressing Next scrolled the page');
        // What takes the focus under them is scrolled clear of them (WCAG 2.4.11).
        const hidden = await page.locator(`#${widget}`).evaluate(async (host) => {
          const root = host.shadowRoot;
          const buttons = root.querySelector('.controls .buttons');
          const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
          const covered = [];
          for (const target of root.querySelectorAll('button, input, select, summary, [tabindex="0"]')) {
            if (target.closest('.controls') || !target.checkVisibility()) continue;
            scrollTo(0, 0);
            await frame();
            const from = target.getBoundingClientRect();
            // Its top 20 px above the screen's bottom: behind the buttons, were they left there.
            if (from.top + scrollY < innerHeight) continue;
            scrollTo(0, from.top + scrollY - innerHeight + 20);
            await frame();
            target.focus();
            await frame();
            const at = target.getBoundingClientRect();
            const bar = buttons.getBoundingClientRect();
            if (at.top >= bar.top && at.top < bar.bottom) covered.push(target.outerHTML.slice(0, 80));
          }
          return covered;
        });
        assert.deepEqual(hidden, []);
        // At the end of the page, they are back in their place, above the sentence and the rest.
        await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
        const placed = await box();
        const sentence = await page
          .locator(`#${widget}`)
          .locator('.narration')
          .first()
          .evaluate((e) => e.getBoundingClientRect().top);
        assert.ok(
          placed.bottom <= sentence,
          `Next (${placed.bottom}) is not above the sentence (${sentence})`,
        );
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

test('locked step controls stay in their place: a page showing one fixed step is not covered by them', async () => {
  const [widget, problem] = runs[0];
  const { next, problems, close } = await widgetPage(widget, problem, 375, 600, 'lock="steps"');
  try {
    const top = await next.evaluate((button) => button.getBoundingClientRect().top);
    assert.ok(top > 600, `the locked Next button is held on screen, at ${top} px`);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
