import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { catalogueParts } from './apps/web/catalogueParts.ts';

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI
    // machine, leaving a core idle while the embedded-database tests (CPU-bound) run. The
    // browser tests run after them, two files at a time (e2e/vitest.config.ts).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'core',
          root: './packages/core',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        // The web app's catalogues load in parts (`?part=shell|rest`), as in its build.
        plugins: [catalogueParts()],
        test: {
          name: 'web',
          root: './apps/web',
          include: ['src/**/*.test.ts'],
        },
      },
      './apps/server/vitest.config.ts',
      './e2e/vitest.config.ts',
    ],
  },
});
