import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '@dlviz/build-config/chromium';
import { coreSources } from '@dlviz/build-config/core-sources';
import { defineConfig } from 'vitest/config';

// Chromium cannot be downloaded on our machines; the shared launcher finds one that is installed.
const launchOptions = await chromiumLaunchOptions();

export default defineConfig({
  // 'injected' is how the widgets' custom-element builds compile CSS (each component appends its
  // <style> to the shadow root it is mounted in), so the tests see styles exactly as embedders do.
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  resolve: { alias: coreSources(new URL('./', import.meta.url)) },
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
