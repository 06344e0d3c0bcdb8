import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (the machine has two cores), generous timeouts because
// tests wait for conditions rather than for fixed delays.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
