import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // Property tests run hundreds of cases; a loaded two-core machine needs more than the default 5 s.
          testTimeout: 30_000,
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        // Browser tests: real Chromium (WebGL through SwiftShader) against the built app in dist/.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser at a time: the machine has two cores and software WebGL is heavy.
          fileParallelism: false,
          testTimeout: 90_000,
          // Software WebGL takes seconds to draw the first frame.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
