import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openPglite } from '../db/client.ts';

/** A backup or restore that cannot be done as asked: reported without a stack trace. */
export class BackupError extends Error {}

/**
 * Backup of the embedded database: its whole data directory as one gzipped tarball. (With
 * DATABASE_URL, `backupPostgres` below.)
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
  const bytes = await readFile(file);
  if (bytes.subarray(0, 5).toString('latin1') === 'PGDMP')
    throw new BackupError(
      `${file} is a PostgreSQL backup (pg_dump): restore it with DATABASE_URL set to an empty database`,
    );
  const blob = new Blob([bytes]);
  const database = await openPglite(dataDir, blob);
  try {
    await database.db.execute('select 1');
  } finally {
    await database.close();
  }
}

const execFileAsync = promisify(execFile);

/** The connection URL without its password, and the password for PGPASSWORD (kept off `ps`). */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return {
    dbname: u.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/** The major version of the PostgreSQL server at `url` (15 for 15.4). */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      "select current_setting('server_version_num') as v",
    );
    return Math.floor(Number(rows[0]?.v) / 10_000);
  } finally {
    await client.end();
  }
}

/**
 * pg_dump or pg_restore of the server's own major version: Debian's and the PGDG packages'
 * folders for that version first, then the one on PATH if its version matches.
 */
export async function postgresTool(name: 'pg_dump' | 'pg_restore', major: number) {
  const candidates = [
    `/usr/lib/postgresql/${major}/bin/${name}`,
    `/usr/pgsql-${major}/bin/${name}`,
    `/opt/homebrew/opt/postgresql@${major}/bin/${name}`,
    name,
  ];
  const seen: string[] = [];
  for (const tool of candidates) {
    if (tool.includes('/') && !existsSync(tool)) continue;
    try {
      const { stdout } = await execFileAsync(tool, ['--version']);
      const found = /\b(\d+)(?:\.\d+)?/.exec(stdout)?.[1];
      if (Number(found) === major) return tool;
      seen.push(`${tool} is version ${found}`);
    } catch {
      // Not installed there.
    }
  }
  throw new BackupError(
    `${name} of PostgreSQL ${major} (the server's version) not found${seen.length ? ` (${seen.join('; ')})` : ''}: install the PostgreSQL ${major} client tools (Debian: postgresql-client-${major})`,
  );
}

async function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await execFileAsync(tool, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr ?? '').trim();
    throw new BackupError(`${path.basename(tool)} failed: ${stderr || (e as Error).message}`);
  }
}

/**
 * Backup of a PostgreSQL database with pg_dump of the server's version, in its custom format
 * (compressed; restored with pg_restore). Consistent: pg_dump reads one snapshot, and the
 * servers may keep running meanwhile.
 */
export async function backupPostgres(url: string, file: string): Promise<number> {
  const tool = await postgresTool('pg_dump', await serverMajor(url));
  const { dbname, env } = connection(url);
  await run(
    tool,
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${dbname}`],
    env,
  );
  return (await stat(file)).size;
}

/** Tables, views and sequences outside PostgreSQL's own schemas. */
async function relationCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`
      select count(*)::int as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
       where s.nspname not in ('pg_catalog', 'information_schema')
         and s.nspname not like 'pg\\_toast%' and s.nspname not like 'pg\\_temp%'`);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * Restores a pg_dump backup into an empty database (created beforehand with `createdb`), all or
 * nothing: one transaction, stopping at the first error.
 */
export async function restorePostgres(file: string, url: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`no backup file ${file}`);
  const head = Buffer.alloc(5);
  const handle = await open(file, 'r');
  try {
    await handle.read(head, 0, 5, 0);
  } finally {
    await handle.close();
  }
  if (head.toString('latin1') !== 'PGDMP')
    throw new BackupError(
      `${file} is not a PostgreSQL backup (pg_dump custom format); an embedded-database backup is restored without DATABASE_URL`,
    );
  if ((await relationCount(url)) > 0)
    throw new BackupError(
      'the database at DATABASE_URL is not empty: create a new one (createdb), restore into it, then point DATABASE_URL at it',
    );
  const tool = await postgresTool('pg_restore', await serverMajor(url));
  const { dbname, env } = connection(url);
  await run(
    tool,
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
}
