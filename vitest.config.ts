import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // DOM-free by default; component and DOM tests opt in with `// @vitest-environment happy-dom`.
    environment: 'node',
  },
});
