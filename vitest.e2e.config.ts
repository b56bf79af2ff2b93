/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/** Browser tests: real Chromium (Debian's /usr/bin/chromium) driven by playwright-core. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/serve.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
