import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Each file has its own server (on its own copy of the demo database) and its own Chromium,
    // so two files run at once: one file alone leaves a core mostly idle (the browser waits for
    // the server, the server for the browser). They run after the other projects (group 1), as
    // before, not alongside the CPU-bound embedded-database tests.
    maxWorkers: 2,
    sequence: { groupOrder: 1 },
  },
});
