import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SERVER_ROOT } from '../paths.ts';
import { DEMO_USERS } from '../seed/demo.ts';
import { emptyPostgresDatabase } from '../../test/postgres.ts';
import { expectedMigrations } from './client.ts';

const MAIN = path.join(SERVER_ROOT, 'src/main.ts');

interface Started {
  child: ChildProcess;
  url: string;
  banner: string;
}

/** Starts `src/main.ts` as its own process; resolves once it prints where it listens. */
function startServer(databaseUrl: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: SERVER_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      FIELDSAFE_SEED_DEMO: 'auto',
      FIELDSAFE_WEB_DIST: '/nonexistent',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Fieldsafe is running: (http:\/\/\S+)/.exec(output)?.[1];
      if (url && /Migrations: .*\n/.test(output)) {
        clearTimeout(timer);
        resolve({ child, url, banner: output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

describe.skipIf(!inject('pgUrl'))('start-up on an empty PostgreSQL', () => {
  const children: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
          }),
      ),
    );
  });

  it('two servers started at once migrate the database once, under the advisory lock, and both serve', async () => {
    const url = await emptyPostgresDatabase('mig');
    if (!url) throw new Error('no PostgreSQL');
    const starting = [startServer(url), startServer(url)];
    for (const s of starting) void s.then((x) => children.push(x.child)).catch(() => undefined);
    const [a, b] = await Promise.all(starting);
    if (!a || !b) throw new Error('not started');
    const { count } = expectedMigrations();

    // One process applied every migration; the other waited for the lock and found none left.
    const reports = [a.banner, b.banner].map((t) => /Migrations: (.*)/.exec(t)?.[1]).sort();
    expect(reports).toEqual([`${count} applied by this process`, 'current']);
    // And the demo country was loaded once, by one of them.
    expect([a.banner, b.banner].filter((t) => t.includes('(demo country loaded)'))).toHaveLength(1);

    for (const s of [a, b]) {
      const ready = await fetch(`${s.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        migrations: { applied: count, expected: count },
      });
      const login = await fetch(`${s.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: DEMO_USERS[0]?.email, password: 'fieldsafe-demo' }),
      });
      expect(login.status).toBe(200);
    }

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const migrations = await client.query<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      expect(migrations.rows[0]?.n).toBe(count);
      const users = await client.query<{ n: number }>(
        'select count(*)::int as n from users where email = any($1)',
        [DEMO_USERS.map((u) => u.email)],
      );
      expect(users.rows[0]?.n).toBe(DEMO_USERS.length);
    } finally {
      await client.end();
    }
  }, 180_000);
});
