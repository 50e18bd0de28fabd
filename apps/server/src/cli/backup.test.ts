import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { chainAudit } from '../audit/audit.service.ts';
import { connectPostgres, openPglite } from '../db/client.ts';
import { countries } from '../db/schema/index.ts';
import { loadReferenceData } from '../registry/reference-data.ts';
import { seedDemo } from '../seed/demo.ts';
import { emptyPostgresDatabase, runCli } from '../../test/postgres.ts';
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
    // A PostgreSQL dump is not mistaken for an embedded backup.
    const dump = path.join(dir, 'fieldsafe.dump');
    await writeFile(dump, 'PGDMP\x01\x0e\x00');
    await expect(restoreEmbedded(dump, path.join(dir, 'other'))).rejects.toThrow(
      /is a PostgreSQL backup/,
    );
  }, 60_000);
});

/** Rows of every table of the database at `url` (public and drizzle schemas), by name. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ s: string; t: string }>(
      `select table_schema as s, table_name as t from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE'
        order by 1, 2`,
    );
    const counts: Record<string, number> = {};
    for (const { s, t } of tables) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from "${s}"."${t}"`,
      );
      counts[`${s}.${t}`] = Number(rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

describe.skipIf(!inject('pgUrl'))('backup and restore of the real PostgreSQL (pg_dump)', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a backup restored into a fresh database passes audit verify and holds the same row counts', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fieldsafe-pgbackup-'));
    const sourceUrl = await emptyPostgresDatabase('bksrc');
    const targetUrl = await emptyPostgresDatabase('bkdst');
    if (!sourceUrl || !targetUrl) throw new Error('no PostgreSQL');
    const source = connectPostgres(sourceUrl, 4);
    try {
      await source.migrate(() => loadReferenceData(source.db));
      await seedDemo(source.db);
      await chainAudit(source.db);
    } finally {
      await source.close();
    }
    const file = path.join(dir, 'fieldsafe.dump');
    const backup = await runCli(['backup', '--out', file], { DATABASE_URL: sourceUrl });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(
      /Backed up the PostgreSQL database at DATABASE_URL to .* \(\d+ bytes\)/,
    );

    const restore = await runCli(['restore', '--in', file], { DATABASE_URL: targetUrl });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    const before = await rowCounts(sourceUrl);
    expect(before['public.audit_log']).toBeGreaterThan(100);
    expect(before['public.people']).toBeGreaterThan(10);
    expect(await rowCounts(targetUrl)).toEqual(before);

    const verify = await runCli(['audit', 'verify'], { DATABASE_URL: targetUrl });
    expect(verify.stdout).toMatch(/^Audit chain intact: \d+ rows verified\.$/m);
    expect(verify.code).toBe(0);
    // Verifying read and changed nothing: still the same rows.
    expect(await rowCounts(targetUrl)).toEqual(before);

    // A restore never overwrites a database in use.
    const again = await runCli(['restore', '--in', file], { DATABASE_URL: targetUrl });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/not empty/);
  }, 180_000);
});
