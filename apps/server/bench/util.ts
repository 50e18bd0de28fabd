import pg from 'pg';
import { connectPostgres, type Database } from '../src/db/client.ts';
import { loadReferenceData } from '../src/registry/reference-data.ts';
import { withDatabase } from '../test/global-setup.ts';

export interface BenchResult {
  name: string;
  value: string;
  target: string;
  ok: boolean;
  /** The figure and its limit as numbers, so `--smoke` can judge it (lower is better unless `higherIsBetter`). */
  measured?: number;
  limit?: number;
  higherIsBetter?: boolean;
}

/**
 * `npm run bench -- --smoke`: small data, a collapse guard for CI. A figure fails only when it is
 * 10× or more worse than its target (small data on a busy CI machine is not the real benchmark).
 */
export const SMOKE = process.argv.includes('--smoke');

/** The full-size parameter, or the small one under `--smoke`. */
export const size = (full: number, smoke: number) => (SMOKE ? smoke : full);

/** Under `--smoke`, a result with numbers passes unless it is ≥ 10× worse than its limit. */
export function judged(r: BenchResult): BenchResult {
  if (!SMOKE || r.measured === undefined || r.limit === undefined) return r;
  // NaN (a wrong result, not a slow one) fails every comparison.
  const ok = r.higherIsBetter ? r.measured * 10 > r.limit : r.measured < r.limit * 10;
  return { ...r, ok, target: `${r.target} (smoke: fails at ≥10× worse)` };
}

export const BASE_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** A migrated scratch database on the real PostgreSQL, dropped afterwards whatever happens. */
export async function scratchDatabase(
  work: (d: Database, url: string) => Promise<void>,
): Promise<void> {
  const name = `fs_bench_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const database = connectPostgres(withDatabase(BASE_URL, name), 10);
  try {
    await database.migrate();
    await loadReferenceData(database.db);
    await work(database, withDatabase(BASE_URL, name));
  } catch (e) {
    console.error(e);
    throw e;
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/**
 * A bench entry point (`./serve.ts`, `./baseline.ts`) bundled the way `npm start` runs the server
 * (scripts/build-server.mjs: plain Node, no TypeScript loader); resolves with the bundle's path.
 */
export async function bundled(script: string): Promise<string> {
  const { buildServer } = (await import(
    new URL('../../../scripts/build-server.mjs', import.meta.url).href
  )) as { buildServer: (entry: string, name: string) => Promise<string> };
  return buildServer(
    `bench/${script.replace(/^\.\//, '')}`,
    `bench-${script.replace(/^\.\/|\.ts$/g, '')}`,
  );
}

/** Starts bench/serve.ts on a database in a child process; resolves with its URL and a stop function. */
export async function serveInChild(
  databaseUrl: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [await bundled('./serve.ts'), databaseUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A POST of a signed-in session over HTTP (for `passSecondFactorWith`). */
export function sessionPost(base: string, session: { cookie: string; csrf: string }) {
  return async (url: string, payload?: unknown) => {
    const r = await fetch(`${base}${url}`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    return { status: r.status, text: await r.text() };
  };
}
