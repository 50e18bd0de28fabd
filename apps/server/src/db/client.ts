import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { SERVER_ROOT } from '../paths.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

/**
 * Runs raw SQL and returns its rows: both drivers answer `execute` with `{ rows }`, which
 * drizzle's type does not say.
 */
export async function rowsOf<T>(ex: Executor, query: SQL | string): Promise<T[]> {
  return ((await ex.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Connections of the database pool: open, idle, waited for, and the most there may be. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export interface Database {
  db: Db;
  /** The PGlite instance (embedded database only): for dumps and backups. */
  client?: PGlite;
  kind: 'postgres' | 'pglite';
  /** `postgres://…` of the server (PostgreSQL only): for pg_dump / pg_restore. */
  url?: string;
  /**
   * Applies the migrations not yet applied, then runs `prepare` (reference data, demo), and
   * returns how many migrations this call applied. On PostgreSQL the whole runs under a
   * session-level advisory lock, so that of several processes starting together one migrates
   * and the others wait, then find nothing left to do.
   */
  migrate(prepare?: () => Promise<unknown>): Promise<number>;
  /** Current use of the connection pool (the embedded database has one connection). */
  poolUse(): PoolUse;
  /**
   * Listens to a NOTIFY channel: `onNotify` for each notification, `onListening(false)` when
   * notifications may have been missed (the listening connection is down, or not yet up) and
   * `onListening(true)` once they are received again. On PostgreSQL a connection of its own
   * listens and is reopened after a loss. Returns the function that stops listening.
   */
  listen(channel: string, handlers: ListenHandlers): () => Promise<void>;
  close(): Promise<void>;
}

export interface ListenHandlers {
  onNotify: () => void;
  onListening: (listening: boolean) => void;
}

export const MIGRATIONS = path.join(SERVER_ROOT, 'drizzle');

/** Key of the advisory lock held while migrating (any fixed 64-bit number, unique to us). */
export const MIGRATION_LOCK_KEY = 4_611_686_018_427_388_015n;

/** The newest migration this code knows: its journal timestamp and how many there are. */
export function expectedMigrations(): { count: number; latest: number } {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return {
    count: journal.entries.length,
    latest: Math.max(...journal.entries.map((e) => e.when)),
  };
}

/** Migrations recorded in the database: how many, and the newest one's journal timestamp. */
export async function appliedMigrations(db: Executor): Promise<{ count: number; latest: number }> {
  const [exists] = await rowsOf<{ ok: boolean }>(
    db,
    `select to_regclass('drizzle.__drizzle_migrations') is not null as ok`,
  );
  if (!exists?.ok) return { count: 0, latest: 0 };
  const [row] = await rowsOf<{ n: number; latest: string | number }>(
    db,
    `select count(*)::int as n, coalesce(max(created_at), 0)::bigint as latest
       from drizzle.__drizzle_migrations`,
  );
  return { count: Number(row?.n ?? 0), latest: Number(row?.latest ?? 0) };
}

async function countApplied(run: (q: string) => Promise<{ rows: { n: number }[] }>) {
  const { rows: exists } = await run(
    `select (to_regclass('drizzle.__drizzle_migrations') is not null)::int as n`,
  );
  if (!exists[0]?.n) return 0;
  const { rows } = await run(`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number(rows[0]?.n ?? 0);
}

/** A real PostgreSQL server (production, CI). */
export function connectPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover) must not crash the process:
  // the pool replaces it on the next query.
  pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    url,
    async migrate(prepare) {
      // A connection of its own, outside the pool, holds the lock: `prepare` may need every
      // pooled connection, and the lock ends with this session even if the process dies.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
        const run = (q: string) => client.query<{ n: number }>(q);
        const before = await countApplied(run);
        await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS });
        const applied = (await countApplied(run)) - before;
        await prepare?.();
        return applied;
      } finally {
        // Closing the session releases the lock.
        await client.end();
      }
    },
    poolUse: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max,
    }),
    listen: (channel, handlers) => listenPostgres(url, channel, handlers),
    close: () => pool.end(),
  };
}

/** Delay before reopening a lost listening connection, in ms. */
const RELISTEN_MS = 1000;

function listenPostgres(url: string, channel: string, handlers: ListenHandlers) {
  let stopped = false;
  let client: pg.Client | null = null;
  let connected = false;
  let retry: NodeJS.Timeout | null = null;
  const open = async () => {
    retry = null;
    connected = false;
    // A server that accepts but never answers must not hold the listener (nor a shutdown).
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    client = c;
    const lost = () => {
      if (client !== c) return;
      client = null;
      handlers.onListening(false);
      c.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void open(), RELISTEN_MS);
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (n) => {
      if (n.channel === channel) handlers.onNotify();
    });
    try {
      await c.connect();
      connected = true;
      await c.query(`listen ${pg.escapeIdentifier(channel)}`);
      if (client === c && !stopped) handlers.onListening(true);
    } catch {
      lost();
    }
  };
  handlers.onListening(false);
  void open();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = null;
    handlers.onListening(false);
    // A connection still opening is left to close on its own (its end would wait for it).
    const ended = c?.end().catch(() => undefined);
    if (connected) await ended;
  };
}

/** The embedded PostgreSQL (PGlite): in a folder, or in memory when dataDir is undefined. */
export async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<Database> {
  const options = loadDataDir ? { loadDataDir } : {};
  const client = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    client,
    kind: 'pglite',
    async migrate(prepare) {
      // One process holds the data directory: nobody to wait for.
      const run = (q: string) => client.query<{ n: number }>(q);
      const before = await countApplied(run);
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS });
      const applied = (await countApplied(run)) - before;
      await prepare?.();
      return applied;
    },
    poolUse: () => ({ total: 1, idle: 1, waiting: 0, max: 1 }),
    listen(channel, handlers) {
      // One connection, in this process: nothing to lose and reopen.
      let stopped = false;
      handlers.onListening(false);
      const unlisten = client
        .listen(channel, () => handlers.onNotify())
        .then(
          (stop) => {
            if (!stopped) handlers.onListening(true);
            return stop;
          },
          () => null,
        );
      return async () => {
        stopped = true;
        handlers.onListening(false);
        const stop = await unlisten;
        if (stop && !client.closed) await stop();
      };
    },
    close: () => client.close(),
  };
}

export function openDatabase(config: { databaseUrl: string | undefined; dataDir: string }) {
  return config.databaseUrl
    ? Promise.resolve(connectPostgres(config.databaseUrl))
    : openPglite(config.dataDir);
}
