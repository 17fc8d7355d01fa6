import { browserTests } from '@dlviz/build-config/browser-tests';
import { defineConfig } from 'vitest/config';

export default defineConfig(
  await browserTests(new URL('./', import.meta.url), {
    optimizeDeps: ['d3-array', 'd3-contour'],
  }),
);
