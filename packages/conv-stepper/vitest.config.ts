import { browserTests } from '@dlviz/build-config/browser-tests';
import { defineConfig } from 'vitest/config';

// A window large enough that pages are not scaled down (screenshots at their real size).
export default defineConfig(
  await browserTests(new URL('./', import.meta.url), { viewport: { width: 1400, height: 1000 } }),
);
