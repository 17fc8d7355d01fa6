// Mount and unmount each custom element 200 times; after a forced GC the JS heap may grow < 2 MB.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchedPage } from './browser.mjs';
import { widgetIds } from './drawing.mjs';
import { elementScript, firstProblem, hostPage } from './hosts.mjs';
import { siteSession } from './session.mjs';

const MOUNTS = 200;
const ALLOWED_GROWTH = 2 * 1024 * 1024;

const site = siteSession();

/** Mounts the element `times` times, each time waiting until it has drawn, then removes it. */
function mountCycles(page, widget, times) {
  return page.evaluate(
    async ({ widget, problem, times }) => {
      for (let i = 0; i < times; i++) {
        const element = document.createElement(`dlviz-${widget}`);
        element.problem = problem;
        document.body.append(element);
        while (!element.shadowRoot?.querySelector('svg')) await new Promise((r) => setTimeout(r, 1));
        element.remove();
      }
    },
    { widget, problem: firstProblem[widget], times },
  );
}

for (const widget of widgetIds)
  test(`${widget}: ${MOUNTS} mounts leave the heap within 2 MB`, async () => {
    const url = site.server.host(`/leak-${widget}.html`, hostPage(`Leak ${widget}`, elementScript(widget)));
    const { page, problems, close } = await watchedPage(site.browser, site.server.origin);
    try {
      await page.goto(url);
      await page.waitForFunction((tag) => customElements.get(tag), `dlviz-${widget}`);
      const cdp = await page.context().newCDPSession(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      // Warm up first: compiled code, caches and the first style sheets are not leaks.
      await mountCycles(page, widget, 10);
      const before = await heap();
      await mountCycles(page, widget, MOUNTS);
      const growth = (await heap()) - before;
      console.log(`LEAK ${widget}: heap grew ${(growth / 1024).toFixed(0)} kB after ${MOUNTS} mounts`);
      assert.ok(growth < ALLOWED_GROWTH, `${widget} heap grew ${(growth / 1024 / 1024).toFixed(2)} MB`);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
