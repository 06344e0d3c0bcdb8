import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (the machine has two cores), generous timeouts because
// tests wait for conditions rather than for fixed delays.
export default defineConfig({
  test: {
    // In CI, also a JSON report that .ci/run sums up into one "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]] : ['default'],
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
