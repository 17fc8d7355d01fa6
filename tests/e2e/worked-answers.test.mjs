// The worked answers as the widget pages typeset them (apps/docs/src/lib/WorkedAnswer.svelte), and
// the conv page's explanation beside its answer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { watchedPage } from './browser.mjs';
import { widgetIds } from './drawing.mjs';
import { siteSession } from './session.mjs';
import { formulaTex } from './formula-tex.mjs';

const site = siteSession();

/**
 * Each page with its default preset, and presets whose answers once put display math inside a
 * sentence: a grouped convolution (its cell formula is followed by a note) and norms of 3-D
 * tensors (their results are printed by rows).
 */
const pages = [
  ...widgetIds.map((w) => `/${w}/`),
  '/conv-stepper/?preset=depthwise',
  '/norm-axes/?preset=transformer-layer-btd',
  '/norm-axes/?preset=rms-tokens',
];

async function openAnswer(path) {
  const watched = await watchedPage(site.browser, site.server.origin);
  await watched.page.goto(site.server.origin + path);
  await watched.page.waitForLoadState('networkidle');
  // A preset in the query takes over once the page has hydrated: its gallery card says so.
  const preset = new URLSearchParams(path.split('?')[1]).get('preset');
  if (preset)
    await watched.page.locator(`.gallery a[href="?preset=${preset}#widget"][aria-current="true"]`).waitFor();
  const answer = watched.page.locator('section.worked .answer');
  await answer.locator('math').first().waitFor();
  return { ...watched, answer };
}

describe('a worked answer shows no Markdown dollar signs', () => {
  for (const path of pages)
    test(path, async () => {
      const { answer, problems, close } = await openAnswer(path);
      try {
        // innerText is what a reader sees: the MathML's TeX annotations are not rendered.
        const text = await answer.evaluate((a) => a.innerText);
        assert.ok(
          !text.includes('$'),
          `a "$" at: …${text.slice(Math.max(0, text.indexOf('$') - 80), text.indexOf('$') + 40)}…`,
        );
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
});

test('every worked answer has one title, its sections one level below', async () => {
  for (const widget of widgetIds) {
    const { answer, close } = await openAnswer(`/${widget}/`);
    try {
      // The page's "Worked answer" is an h2, so the answer's title is an h3 and its sections h4.
      const levels = await answer.evaluate((a) =>
        [...a.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
      );
      assert.equal(levels[0], 3, `${widget}: ${levels}`);
      assert.equal(levels.filter((l) => l === 3).length, 1, `${widget}: ${levels}`);
      assert.ok(levels.includes(4), `${widget}: ${levels}`);
    } finally {
      await close();
    }
  }
});

test("the conv page's idea writes a cell in the worked answer's notation", async () => {
  const { page, answer, close } = await openAnswer('/conv-stepper/');
  try {
    const idea = await formulaTex(page.locator('section[aria-labelledby="concept-heading"]'));
    assert.ok((await formulaTex(answer)).includes(idea[0]), `the idea's ${idea[0]} is not in the answer`);
    // Its output-size formula uses the answer's per-axis letters too.
    for (const letter of ['p_h', 'd_h', 'k_H', 's_h']) assert.ok(idea[1].includes(letter), idea[1]);
    assert.ok(!idea.some((t) => /W_/.test(t)), 'W is the width, not a weight');
  } finally {
    await close();
  }
});

test("on a phone, the backprop page's worked answer wraps its long sums rather than scrolling them", async () => {
  const { page, answer, close } = await openAnswer('/backprop-graph/');
  try {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflowing = () =>
      answer
        .locator('.display-math')
        .evaluateAll((all) => all.filter((d) => d.scrollWidth > d.clientWidth + 1).map((d) => d.dataset.tex));
    // The forward pass's z = W·a + b, and every weight gradient, each fit the column.
    const tex = await formulaTex(answer);
    const z = tex.find((t) => t.includes('z[0][0] &= '));
    assert.ok(z, 'no forward step for z[0][0]');
    const wide = await overflowing();
    assert.ok(!wide.includes(z), `z[0][0] overflows: ${z}`);
    assert.ok(!wide.some((t) => t.includes('\\partial W')), `a weight gradient overflows: ${wide}`);
    assert.ok((await answer.locator('.dlviz-flow').count()) > 0);
  } finally {
    await close();
  }
});
