import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // After each file, what its `testApp` calls opened is closed (`closeTestApps`).
    setupFiles: ['./test/cleanup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker's files share its modules: the server is imported once per worker, not once per
    // file (the suite takes half the time). Each file still has its own database and app.
    isolate: false,
  },
});
