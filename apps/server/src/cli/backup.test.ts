import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client.ts';
import { countries } from '../db/schema/index.ts';
import { loadReferenceData } from '../registry/reference-data.ts';
import { BackupError, backupEmbedded, restoreEmbedded } from './backup.ts';

describe('backup and restore of the embedded database', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a restored backup holds the same data, and restore refuses a folder in use', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fieldsafe-backup-'));
    const source = path.join(dir, 'source');
    const first = await openPglite(source);
    await first.migrate();
    await loadReferenceData(first.db);
    await first.close();
    const file = path.join(dir, 'backup.tar.gz');
    expect(await backupEmbedded(source, file)).toBeGreaterThan(0);
    const target = path.join(dir, 'target');
    await restoreEmbedded(file, target);
    const restored = await openPglite(target);
    const [row] = await restored.db.select({ n: count() }).from(countries);
    await restored.close();
    expect(row?.n).toBe(249);
    await expect(restoreEmbedded(file, target)).rejects.toBeInstanceOf(BackupError);
  }, 60_000);
});
