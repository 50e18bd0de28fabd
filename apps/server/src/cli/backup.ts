import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { openPglite } from '../db/client.ts';

/** A backup or restore that cannot be done as asked: reported without a stack trace. */
export class BackupError extends Error {}

/**
 * Backup of the embedded database: its whole data directory as one gzipped tarball. (With
 * DATABASE_URL, use PostgreSQL's own pg_dump / pg_restore.)
 */
export async function backupEmbedded(dataDir: string, file: string): Promise<number> {
  if (!existsSync(dataDir)) throw new BackupError(`no database in ${dataDir}`);
  const database = await openPglite(dataDir);
  try {
    if (!database.client) throw new Error('not an embedded database');
    const dump = await database.client.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    await writeFile(file, bytes);
    return bytes.length;
  } finally {
    await database.close();
  }
}

/** Restores a backup into an empty (or absent) data directory, and checks it opens. */
export async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new BackupError(
      `${dataDir} is not empty: restore into a new folder, then point FIELDSAFE_DATA_DIR at it`,
    );
  }
  const blob = new Blob([await readFile(file)]);
  const database = await openPglite(dataDir, blob);
  try {
    await database.db.execute('select 1');
  } finally {
    await database.close();
  }
}
