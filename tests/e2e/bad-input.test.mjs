// Bad input through every door (URL, attribute, property, playground): the widget shows the core's
// messages in place of the drawing, draws no NaN, stays responsive, and fixing the input restores it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIssue, validate, validateJson } from '@dlviz/core';
import { visit, watchedPage } from './browser.mjs';
import { readDrawing } from './drawing.mjs';
import { elementScript, elementTag, firstProblem, hostPage } from './hosts.mjs';
import { siteSession } from './session.mjs';

const site = siteSession();

/** The lines the CLI prints for this input, which the widget must show too. */
const messages = (input) => {
  const checked = typeof input === 'string' ? validateJson(input) : validate(input);
  assert.equal(checked.ok, false, 'the case is really invalid');
  return checked.issues.map(formatIssue);
};

const brokenJson = '{"widget": "conv", "input": [[[1, 2]]], }';
const badStride = {
  widget: 'conv',
  input: [
    [
      [1, 2],
      [3, 4],
    ],
  ],
  kernels: [[[[1]]]],
  stride: 0,
};
const badExpression = {
  widget: 'optimizer',
  surface: { expression: 'x^2 + * y' },
  start: [1, 1],
  optimizers: [{ type: 'sgd', lr: 0.1 }],
};
const tooLarge = {
  widget: 'conv',
  input: [Array.from({ length: 300 }, () => Array(300).fill(1))],
  kernels: [[[[1]]]],
};

/** Reads the drawing under the page's document or the shadow root of element `id`. */
async function drawing(page, id) {
  const root = id
    ? await page.evaluateHandle((id) => document.getElementById(id).shadowRoot, id)
    : await page.evaluateHandle(() => document);
  return page.evaluate(readDrawing, root);
}

async function assertResponsive(page) {
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  assert.ok(Date.now() - started < 2000, 'the page still paints');
}

test('through the URL of an embed page: broken JSON, an invalid field, a bad expression', async () => {
  const cases = [
    ['conv-stepper', brokenJson],
    ['conv-stepper', JSON.stringify(badStride)],
    ['optimizer-race', JSON.stringify(badExpression)],
  ];
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    for (const [widget, text] of cases) {
      await visit(page, `${site.server.origin}/embed/${widget}/?problem=${encodeURIComponent(text)}`);
      await page.locator('[role=alert]').waitFor();
      const shown = await drawing(page);
      for (const line of messages(text)) assert.ok(shown.error.includes(line), `${widget} shows "${line}"`);
      assert.equal(shown.nan, false);
      await assertResponsive(page);
    }
    assert.match(messages(JSON.stringify(badExpression)).join(), /column/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('through the attribute and the property of a custom element, and fixed again', async () => {
  const url = site.server.host(
    '/bad.html',
    hostPage('Bad input', elementScript('conv-stepper') + elementTag('conv-stepper')),
  );
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await visit(page, url);
    await page.locator('#conv-stepper svg').first().waitFor();
    await page.evaluate(() => {
      window.errors = [];
      document.getElementById('conv-stepper').addEventListener('error', (e) => window.errors.push(e.detail));
    });
    const doors = [
      ['attribute', brokenJson, (el, v) => el.setAttribute('problem', v)],
      ['property', badStride, (el, v) => (el.problem = v)],
      ['property (over the size limits)', tooLarge, (el, v) => (el.problem = v)],
    ];
    for (const [door, input, apply] of doors) {
      await page.evaluate(`(${apply})(document.getElementById('conv-stepper'), ${JSON.stringify(input)})`);
      await page.locator('#conv-stepper [role=alert]').waitFor();
      const shown = await drawing(page, 'conv-stepper');
      for (const line of messages(input)) assert.ok(shown.error.includes(line), `${door}: "${line}"`);
      await assertResponsive(page);
      // Fixing it restores the drawing.
      await page.evaluate(
        (p) => (document.getElementById('conv-stepper').problem = p),
        firstProblem['conv-stepper'],
      );
      await page.locator('#conv-stepper [role=alert]').waitFor({ state: 'detached' });
      assert.ok((await drawing(page, 'conv-stepper')).outputCells > 0, `${door}: drawing restored`);
    }
    assert.equal(
      await page.evaluate(() => window.errors.length),
      doors.length,
      'one error event per bad input',
    );
    // Browsers log an uncaught "error" event's detail as nothing; our events are CustomEvents, so none.
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('through the playground: messages as you type, then the matching widget', async () => {
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await visit(page, `${site.server.origin}/playground/`);
    const editor = page.locator('textarea').first();
    await editor.fill(brokenJson);
    for (const line of messages(brokenJson)) await page.getByText(line, { exact: false }).first().waitFor();
    await editor.fill(JSON.stringify(badExpression));
    for (const line of messages(JSON.stringify(badExpression)))
      await page.getByText(line, { exact: false }).first().waitFor();
    await editor.fill(JSON.stringify(firstProblem['norm-axes']));
    await page.locator('main .cells rect').first().waitFor();
    assert.equal((await drawing(page)).nan, false);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('values that diverge or have zero variance draw no NaN', async () => {
  const constant = {
    widget: 'norm',
    input: [
      [1, 2],
      [1, 2],
      [1, 2],
    ],
    type: 'batch',
  };
  const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
  try {
    await visit(page, `${site.server.origin}/embed/optimizer-race/?preset=sgd-diverges`);
    await page.locator('main svg').first().waitFor();
    await page.getByRole('button', { name: 'Last update' }).click();
    let shown = await drawing(page);
    assert.equal(shown.error, '');
    assert.equal(shown.nan, false);
    assert.match(await page.locator('main').innerText(), /diverge/i);
    await visit(
      page,
      `${site.server.origin}/embed/norm-axes/?problem=${encodeURIComponent(JSON.stringify(constant))}`,
    );
    await page.locator('main .cells rect').first().waitFor();
    await page.getByRole('button', { name: 'Last step' }).click();
    shown = await drawing(page);
    assert.equal(shown.error, '');
    assert.equal(shown.nan, false);
    assert.equal(shown.cells, 6);
    await assertResponsive(page);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
