// The problem format page: its key lists against the keys the validator knows, and its examples
// against the validator, the solver and the widget pages they link to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { solve, validate } from '@dlviz/core';
import { visit, watchedPage } from './browser.mjs';
import { widgetIds } from './drawing.mjs';
import { firstProblem } from './hosts.mjs';
import { siteSession } from './session.mjs';

const site = siteSession();

/**
 * Where each key list's object sits in its type's example, and a minimal valid object to put there:
 * an unknown key added to it draws the validator's list of the keys it knows.
 */
const objects = {
  conv: { type: 'conv' },
  'conv.activation': { type: 'conv', key: 'activation', base: { type: 'relu' } },
  'conv.pool': { type: 'conv', key: 'pool', base: { type: 'max', size: 2 } },
  backprop: { type: 'backprop' },
  'backprop.layer': { type: 'backprop', key: 'layers', base: { weights: [[1, 1]], bias: [0] }, list: true },
  'backprop.loss': { type: 'backprop', key: 'loss', base: { type: 'mse', reduction: 'mean' } },
  optimizer: { type: 'optimizer' },
  'optimizer.surface': { type: 'optimizer', key: 'surface', base: { expression: 'x^2' } },
  'optimizer.noise': { type: 'optimizer', key: 'noise', base: { sigma: 0, seed: 1 } },
  norm: { type: 'norm' },
};

/** The keys the validator knows for an object: from the message about an unknown one. */
function knownKeys(example, { key, base, list }) {
  const probe = structuredClone(example);
  const unknown = { ...base, notAKey: 1 };
  if (!key) Object.assign(probe, unknown);
  else probe[key] = list ? [unknown] : unknown;
  const checked = validate(probe);
  assert.equal(checked.ok, false);
  const message = checked.issues.map((i) => i.message).find((m) => m.includes('unknown key'));
  return /known keys: (.+)$/.exec(message ?? '')?.[1].split(', ');
}

test('the format page lists every key the validator knows, and no other; its examples solve and open', async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await visit(page, `${site.server.origin}/format/`);
    const examples = Object.fromEntries(
      await page
        .locator('[data-example]')
        .evaluateAll((codes) => codes.map((code) => [code.dataset.example, JSON.parse(code.textContent)])),
    );
    assert.deepEqual(Object.keys(examples), ['conv', 'backprop', 'optimizer', 'norm']);

    const lists = await page
      .locator('[data-keys-of]')
      .evaluateAll((lists) =>
        lists.map((list) => [
          list.dataset.keysOf,
          [...list.querySelectorAll('dt .key')].map((k) => k.textContent),
        ]),
      );
    assert.deepEqual(
      lists.map(([of]) => of),
      Object.keys(objects),
    );
    for (const [of, listed] of lists) {
      const object = objects[of];
      // A layer's example is one of the example's layers; the base keeps the probe valid otherwise.
      const known = knownKeys(examples[object.type], object);
      assert.deepEqual([...listed].sort(), [...known].sort(), `${of}: listed keys`);
    }

    for (const [type, problem] of Object.entries(examples)) {
      const checked = validate(problem);
      assert.ok(checked.ok, `${type} example: ${JSON.stringify(checked.issues)}`);
      assert.ok(solve(checked.value));
    }

    // Each example's link opens its widget drawing that very problem.
    const links = await page
      .getByRole('link', { name: /^Open it in the / })
      .evaluateAll((links) => links.map((a) => a.href));
    assert.equal(links.length, 4);
    for (const href of links) {
      await visit(page, href);
      await page.locator('main svg').first().waitFor();
      assert.equal(await page.getByRole('alert').count(), 0, href);
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("each widget page links its type's section of the format page", async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    // A widget's problem type, as its first preset names it.
    const types = widgetIds.map((widget) => [widget, firstProblem[widget].widget]);
    for (const [widget, type] of types) {
      await visit(page, `${site.server.origin}/${widget}/`);
      const href = await page.getByRole('link', { name: 'problem format' }).getAttribute('href');
      assert.equal(new URL(href, page.url()).href, `${site.server.origin}/format/#${type}`);
    }
    await visit(page, `${site.server.origin}/format/`);
    for (const [, type] of types) assert.equal(await page.locator(`h2#${type}`).count(), 1, type);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
