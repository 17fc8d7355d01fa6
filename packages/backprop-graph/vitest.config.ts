import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '@dlviz/tests/chromium';
import { defineConfig } from 'vitest/config';

// Chromium cannot be downloaded on our machines; the shared launcher finds one that is installed.
const launchOptions = await chromiumLaunchOptions();

// `pnpm bench` runs vitest with --mode bench: the same browser, the benchmarks instead of the tests.
export default defineConfig(({ mode }) => ({
  // 'injected' is how the element build compiles CSS, so the tests see styles exactly as embedders do.
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  resolve: {
    // Test against the core's sources, so the tests need no core build first.
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  // Bundled up front so the first test that imports them does not trigger a reload mid-run.
  optimizeDeps: { include: ['axe-core'] },
  test: {
    // In bench mode `--dir bench` is the root of the search.
    include: mode === 'bench' ? ['**/*.test.ts'] : ['test/**/*.test.ts'],
    browser: {
      enabled: true,
      provider: playwright({ launchOptions }),
      instances: [{ browser: 'chromium' }],
      headless: true,
      screenshotFailures: false,
    },
  },
}));
