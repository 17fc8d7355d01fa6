import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '@dlviz/build-config/chromium';
import { defineConfig } from 'vitest/config';

// Chromium cannot be downloaded on our machines; the shared launcher finds one that is installed.
const launchOptions = await chromiumLaunchOptions();

export default defineConfig({
  // 'injected' is how the element build compiles CSS, so the tests see styles as embedders do.
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  resolve: {
    // Test against the core's sources, so the tests need no core build first.
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  // Bundled up front so the first test that imports them does not trigger a reload mid-run.
  optimizeDeps: {
    include: ['axe-core', 'd3-array', 'd3-contour', 'd3-scale', 'd3-scale-chromatic', 'd3-shape'],
  },
  test: {
    // Tests live in test/; `bench` runs bench/ with this same config (vitest run --dir bench).
    dir: 'test',
    include: ['**/*.test.ts'],
    browser: {
      enabled: true,
      provider: playwright({ launchOptions }),
      instances: [{ browser: 'chromium' }],
      headless: true,
      screenshotFailures: false,
    },
  },
});
