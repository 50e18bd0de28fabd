import { cp, mkdir, mkdtemp, rename, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openPglite } from '../src/db/client.ts';
import { loadReferenceData } from '../src/registry/reference-data.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { seededTemplatePath } from './global-setup.ts';

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/**
 * The run's embedded data folder as `fieldsafe seed` leaves it (migrated, reference data, demo
 * country), made once by whichever test file asks first: the others wait for it.
 */
async function seededTemplate(): Promise<string> {
  const dir = seededTemplatePath(inject('runId'));
  const lock = `${dir}.lock`;
  let building: boolean;
  try {
    await mkdir(lock);
    building = true;
  } catch {
    building = false;
  }
  if (building) {
    const partial = `${dir}.partial`;
    const database = await openPglite(partial);
    try {
      await database.migrate(() => loadReferenceData(database.db));
      await seedDemo(database.db);
    } finally {
      await database.close();
    }
    // Renamed when complete: a folder at `dir` is always a whole one.
    await rename(partial, dir);
  }
  const deadline = Date.now() + 300_000;
  while (!(await exists(dir))) {
    if (Date.now() > deadline) throw new Error(`no seeded data folder at ${dir}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return dir;
}

/**
 * A data folder of its own for a command-line test, holding what `fieldsafe seed` leaves in a new
 * one: a copy of the run's seeded folder, instead of migrating and seeding again. Removed after
 * the test by the caller.
 */
export async function seededDataDir(prefix: string): Promise<string> {
  const template = await seededTemplate();
  const dir = await mkdtemp(path.join(os.tmpdir(), `fieldsafe-${prefix}-`));
  await cp(template, dir, { recursive: true });
  return dir;
}
