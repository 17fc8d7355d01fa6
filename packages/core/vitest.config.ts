import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Property and fuzz tests run hundreds of cases; CI runs them beside browser suites on 2 cores.
    testTimeout: 60_000,
  },
});
