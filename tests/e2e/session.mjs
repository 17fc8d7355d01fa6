// The docs server and one Chromium, started before a test file's tests and stopped after them.
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

/** Registers the file's before/after hooks; `site.server` and `site.browser` exist once tests run. */
export function siteSession() {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    site.server = await serve();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
