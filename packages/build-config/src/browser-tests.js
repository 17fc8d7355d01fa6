import { chromiumLaunchOptions } from './chromium.js';
import { coreSources } from './core-sources.js';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';

/**
 * The vitest config of a package's browser tests: test/**\/*.test.ts in Chromium (found by the shared
 * launcher, since test tools cannot download browsers here); `vitest run --dir bench` runs bench/
 * with the same setup. `optimizeDeps` are bundled up front so the first test that imports them does
 * not reload the page mid-run; `viewport` sets the page size (e.g. for screenshots at real size).
 */
export async function browserTests(packageUrl, { optimizeDeps = [], viewport } = {}) {
  const launchOptions = await chromiumLaunchOptions();
  return {
    // 'injected' is how the element builds compile CSS, so the tests see styles as embedders do.
    plugins: [svelte({ compilerOptions: { css: 'injected' } })],
    resolve: { alias: coreSources(packageUrl) },
    optimizeDeps: { include: ['axe-core', ...optimizeDeps] },
    test: {
      include: ['**/*.test.ts'],
      dir: 'test',
      browser: {
        enabled: true,
        provider: playwright({ launchOptions, ...(viewport ? { contextOptions: { viewport } } : {}) }),
        instances: [{ browser: 'chromium' }],
        headless: true,
        screenshotFailures: false,
      },
    },
  };
}
