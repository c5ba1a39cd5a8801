import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Word vectors are built once (about 10 s on a fresh clone), not by every worker that opens an Engine.
    globalSetup: ['test/global-setup.ts'],
    // The CLI tests run real child processes, several in a row: on a busy 2-core machine one such test took
    // 27 s of a 30 s limit. A limit is there to catch a hang, not a slow machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // The loopback Discord tests start real servers and clients: keep files apart, but run them in parallel.
    // One worker on a 2-core machine (Vitest's default): with two, the SIGKILL-at-write test misses its
    // moments under contention (session 10: 1 of 1 runs; session 9: a CLI test's timeout, 1 of 2).
    pool: 'forks',
    // Test files share one module registry per worker instead of re-importing every module for each of ~150
    // files: the suite's wall time 6.5 -> 4.1 min here (CI must stay under 10). Tests keep no module state of
    // their own between files; each opens its own Engine, folders and servers.
    isolate: false,
  },
});
