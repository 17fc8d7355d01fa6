import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '@dlviz/tests/chromium';
import { defineConfig } from 'vitest/config';

// Chromium cannot be downloaded on our machines; the shared launcher finds one that is installed.
const launchOptions = await chromiumLaunchOptions();

export default defineConfig({
  // 'injected' is how the element build compiles CSS, so the tests see styles exactly as embedders do.
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  resolve: {
    // The core's sources (no core build needed); @dlviz/ui is its built package, whose components
    // already carry the theme in their styles.
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  optimizeDeps: { include: ['axe-core'] },
  test: {
    // `vitest run` runs test/; the bench script runs bench/ with `--dir bench` and the same browser.
    dir: 'test',
    include: ['**/*.test.ts'],
    browser: {
      enabled: true,
      // A window large enough that pages are not scaled down (screenshots at their real size).
      provider: playwright({ launchOptions, contextOptions: { viewport: { width: 1400, height: 1000 } } }),
      instances: [{ browser: 'chromium' }],
      headless: true,
      screenshotFailures: false,
    },
  },
});
