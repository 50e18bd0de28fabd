import { defineConfig } from 'vitest/config';
import { catalogueParts } from './apps/web/catalogueParts.ts';

export default defineConfig({
  test: {
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
