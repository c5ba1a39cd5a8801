import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Word vectors are built once (about 10 s on a fresh clone), not by every worker that opens an Engine.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The loopback Discord tests start real servers and clients: keep files apart, but run them in parallel.
    pool: 'forks',
  },
});
