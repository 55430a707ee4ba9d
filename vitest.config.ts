import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['src/web/**', 'node_modules/**', 'dist/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // expect.poll's default of 1 s ran out before a page had drawn under CI's load (the
    // network health page failed one clean-clone run in three); the values it waits for
    // are unchanged, and a poll that passes returns at once.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // Two workers even on two cores (vitest's default is cores − 1, so one here): most
    // test time waits on PostgreSQL, chromium or a `kith serve` process, not on the CPU.
    maxWorkers: 2,
    // Test files share each worker's loaded modules instead of importing kysely, zod,
    // fastify and kith afresh per file, which was most of a short file's time. No test
    // mocks modules or changes process-wide state.
    isolate: false,
  },
});
