import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // In CI, also a JSON report that .ci/run sums up into one "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // DOM-free by default; component and DOM tests opt in with `// @vitest-environment happy-dom`.
    environment: 'node',
    // Some tests read the whole shared corpus (60 saved pages, 946 articles); on a busy two-core CI
    // machine that outlasts vitest's 5 s default. Nothing here asserts on time.
    testTimeout: 30_000,
  },
});
