// The playground (apps/docs/src/routes/(site)/playground): its JSON box drives the widget, and every
// change the reader makes in the widget comes back to the box, the check and the worked answer,
// without the widget being drawn anew.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normPresets } from '@dlviz/core';
import { visit, watchedPage } from './browser.mjs';
import { siteSession } from './session.mjs';
import { formulaTex } from './formula-tex.mjs';

const site = siteSession();

const small = {
  widget: 'conv',
  input: [
    [
      [1, 2],
      [3, 4],
    ],
  ],
  kernels: [[[[1]]]],
};

/** The playground with `text` typed in its box. */
async function openPlayground(text) {
  const watched = await watchedPage(site.browser, site.server.origin);
  const { page } = watched;
  await visit(page, `${site.server.origin}/playground/`);
  // The page's own box comes first; the widget's error panel has a "Problem JSON" box too.
  const box = page.locator('textarea').first();
  const widget = page.locator('section.live');
  if (text !== undefined) await box.fill(text);
  await widget.locator('svg').first().waitFor();
  return { ...watched, box, widget, status: page.locator('#status') };
}

const boxProblem = async (box) => JSON.parse(await box.inputValue());
/** Waits until the box holds `problem`, written out as the playground writes every problem it fills in. */
const boxShows = (page, problem) =>
  page.waitForFunction(
    (text) => document.querySelector('textarea').value === text,
    JSON.stringify(problem, null, 2),
  );
const firstInputCell = (widget) =>
  widget.locator('svg.matrix-grid').first().locator('[role=gridcell]').first();
const workedTex = (page) => formulaTex(page.locator('section.worked .answer'));

/** Clicks the example `title` above the box and waits for its widget, which replaces the one shown. */
async function chooseExample(page, widget, title) {
  await page.getByRole('button', { name: title, exact: true }).click();
  // The section's name and the widget in it change together.
  await page.getByRole('region', { name: `${title} rendering the problem` }).waitFor();
  await widget.locator('svg').first().waitFor();
}

/** Marks the widget's frame, so that a test can tell the same one from one drawn anew. */
const mark = (widget) =>
  widget
    .locator('.frame')
    .first()
    .evaluate((frame) => (frame.dataset.seen = 'yes'));
const stillMarked = async (widget) =>
  (await widget.locator('.frame').first().getAttribute('data-seen')) === 'yes';

/** Types 7 into the conv widget's first input cell, and waits for the box to show the edited problem. */
async function editFirstCellTo7(page, widget) {
  await firstInputCell(widget).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await boxShows(page, {
    ...small,
    input: [
      [
        [7, 2],
        [3, 4],
      ],
    ],
  });
}

test('a grid edit in the convolution stepper reaches the box, the check and the worked answer; the widget keeps its step and focus', async () => {
  const { page, problems, close, widget, status } = await openPlayground(JSON.stringify(small));
  try {
    assert.ok((await workedTex(page)).includes('Z_{0}(0,0) = 1\\cdot 1 = 1'));
    await widget.getByRole('button', { name: 'Next step' }).click();
    await widget.getByRole('button', { name: 'Next step' }).click();
    await widget.getByText('Step 3 of 4').waitFor();
    await mark(widget);

    await editFirstCellTo7(page, widget);
    assert.equal(await status.innerText(), 'A valid conv problem.');
    const tex = await workedTex(page);
    assert.ok(tex.includes('Z_{0}(0,0) = 7\\cdot 1 = 7'), 'the worked answer is the edited problem’s');
    assert.ok(!tex.includes('Z_{0}(0,0) = 1\\cdot 1 = 1'));

    assert.ok(await stillMarked(widget), 'the same widget, not one drawn anew');
    assert.ok(await widget.getByText('Step 3 of 4').isVisible(), 'the step is kept');
    assert.match(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      /^Input channel 0 \(0, 0\): 7\b/,
      'the edited cell keeps the focus',
    );
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a preset chosen in the normalization viewer, and a random draw in each widget, reach the box', async () => {
  const { page, problems, close, box, widget, status } = await openPlayground();
  try {
    await chooseExample(page, widget, 'Normalization axes');
    await mark(widget);
    const shown = await widget.getByLabel('Preset').inputValue();
    const preset = normPresets.find((p) => p.id !== shown);
    await widget.getByLabel('Preset').selectOption(preset.id);
    await boxShows(page, preset.problem);
    assert.equal(await status.innerText(), 'A valid norm problem.');
    assert.ok(await stillMarked(widget));

    for (const [title, type] of [
      ['Convolution stepper', 'conv'],
      ['Backprop graph', 'backprop'],
      ['Optimizer race', 'optimizer'],
      ['Normalization axes', 'norm'],
    ]) {
      await chooseExample(page, widget, title);
      const before = await box.inputValue();
      await widget.getByRole('button', { name: /^Random/ }).click();
      await page.waitForFunction((text) => document.querySelector('textarea').value !== text, before);
      assert.equal((await boxProblem(box)).widget, type);
      assert.equal(await status.innerText(), `A valid ${type} problem.`, title);
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('typing in the box still drives the widget, back to a problem edited away from, and is kept as typed', async () => {
  const typed = JSON.stringify(small);
  const { page, problems, close, box, widget } = await openPlayground(typed);
  try {
    await mark(widget);
    await editFirstCellTo7(page, widget);

    // The very text the widget was given before its edit: it is drawn again.
    await box.fill(typed);
    await widget.getByText('Filter 0, output (0, 0): 1·1 = 1').first().waitFor();
    assert.match(await firstInputCell(widget).getAttribute('aria-label'), /\(0, 0\): 1\b/);

    // Typed key by key in the middle of the text: nothing rewrites it or moves the caret.
    const at = typed.indexOf('4') + 1;
    await box.evaluate((b, i) => b.setSelectionRange(i, i), at);
    await box.pressSequentially('0', { delay: 20 });
    assert.equal(await box.inputValue(), typed.replace('4]', '40]'));
    assert.equal(await box.evaluate((b) => b.selectionStart), at + 1);
    await widget.locator('[role=gridcell][aria-label^="Input channel 0 (1, 1): 40"]').waitFor();
    assert.ok(await stillMarked(widget), 'a new problem of the same widget keeps the widget');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('an invalid problem typed in the box shows the widget’s error panel, and fixing it there updates the box', async () => {
  const { page, problems, close, box, widget, status } = await openPlayground();
  try {
    await box.fill(JSON.stringify({ ...small, kernels: [[[[1, 2, 3]]]] }));
    const alert = widget.locator('[role=alert]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /the output has no columns/);
    assert.match(await status.innerText(), /One problem to fix/);

    const fixed = { ...small, kernels: [[[[3]]]] };
    await widget.locator('.json-editor textarea').fill(JSON.stringify(fixed));
    await widget.getByRole('button', { name: 'Apply the JSON' }).click();
    await alert.waitFor({ state: 'detached' });
    await boxShows(page, fixed);
    assert.equal(await status.innerText(), 'A valid conv problem.');
    assert.ok((await workedTex(page)).includes('Z_{0}(0,0) = 1\\cdot 3 = 3'));

    // Broken JSON reaches the widget as typed, so its panel names the place.
    await box.fill('{"widget":"conv",');
    await alert.waitFor();
    assert.match(await alert.innerText(), /not valid JSON at line 1, column 18/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
