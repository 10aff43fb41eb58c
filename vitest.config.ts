import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    // The Discord suites start real sockets; keep files isolated but let them run in parallel.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
