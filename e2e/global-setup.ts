import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { hasChromium, startServer } from './tests/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplate: string | null;
  }
}

/**
 * Builds what every browser test starts from once per run: the web app and the server bundle,
 * and an embedded database migrated and loaded with the demo country. Each test file's server
 * then starts on its own copy of that data directory (the same state a fresh `npm start` has),
 * instead of migrating and seeding it again.
 */
export default async function setup(project: TestProject) {
  if (!hasChromium) {
    project.provide('e2eTemplate', null);
    return;
  }
  const parent = await mkdtemp(path.join(os.tmpdir(), 'fieldsafe-e2e-template-'));
  const dataDir = path.join(parent, 'data');
  const server = await startServer({ dataDir, keep: true });
  await server.stop();
  project.provide('e2eTemplate', dataDir);
  return () => rm(parent, { recursive: true, force: true });
}
