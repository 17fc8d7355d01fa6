import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '@dlviz/build-config/chromium';
import { defineConfig } from 'vitest/config';

// Chromium cannot be downloaded on our machines; the shared launcher finds one that is installed.
const launchOptions = await chromiumLaunchOptions();

export default defineConfig({
  // 'injected' is how the widgets' custom-element builds compile CSS (each component appends its
  // <style> to the shadow root it is mounted in), so the tests see styles exactly as embedders do.
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  resolve: {
    // Test against the core's sources, so the ui tests need no core build first.
    alias: { '@dlviz/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  // Bundled up front so the first test that imports them does not trigger a reload mid-run.
  optimizeDeps: { include: ['axe-core'] },
  test: {
    include: ['test/**/*.test.ts'],
    browser: {
      enabled: true,
      provider: playwright({ launchOptions }),
      instances: [{ browser: 'chromium' }],
      headless: true,
      screenshotFailures: false,
    },
  },
});
