// Pressing Next again and again, the pointer stays on the button: nothing above the step controls
// changes height from step to step (a sentence wrapping, a stage's note, a chart or key appearing).
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

for (const [widget, problem, steps] of runs)
  for (const width of [1100, 375])
    test(`${widget}: the Next button stays where it is while stepping, ${width} px wide`, async () => {
      const url = site.server.host(
        `/steady-${widget}-${width}.html`,
        hostPage(widget, elementScript(widget) + elementTag(widget, problem)),
      );
      const { page, problems, close } = await watchedPage(site.browser, site.server.origin, {
        viewport: { width, height: 900 },
      });
      try {
        await page.goto(url);
        const next = page.locator(`#${widget}`).getByRole('button', { name: /^Next/ });
        await next.waitFor({ timeout: 20_000 });
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
