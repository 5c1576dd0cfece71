import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (WebGL through SwiftShader) against the built app in dist/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: the machine has two cores and software WebGL is heavy.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
