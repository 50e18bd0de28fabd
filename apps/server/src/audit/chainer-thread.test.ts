import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '../../test/harness.ts';
import type { Database } from '../db/client.ts';
import { SYSTEM_ACTOR, recordAudit, verifyAuditChain } from './audit.service.ts';
import { chainerBundle, startAuditChainerThread, startServerChainer } from './chainer-thread.ts';

/** Builds the server bundles as `npm start` does; resolves with main.mjs's URL. */
async function serverBundle(): Promise<string> {
  const script = path.resolve(import.meta.dirname, '../../../../scripts/build-server.mjs');
  const { buildServer } = (await import(pathToFileURL(script).href)) as {
    buildServer: (entry: string, name: string) => Promise<string>;
  };
  return pathToFileURL(await buildServer('src/main.ts', 'main')).href;
}

describe('the audit chainer of a server', () => {
  let database: Database;
  let mainUrl: string;
  beforeAll(async () => {
    database = await testDatabase();
    mainUrl = await serverBundle();
  }, 120_000);
  afterAll(() => database.close());

  const write = (n: number, tag: string) =>
    database.db.transaction((tx) =>
      recordAudit(
        tx,
        SYSTEM_ACTOR,
        Array.from({ length: n }, (_, i) => ({
          action: 'probe.write',
          entity: 'probe',
          entityId: `${tag}-${i}`,
        })),
      ),
    );

  it('finds its thread bundle beside the server bundle, and none when the server runs from its sources', () => {
    expect(chainerBundle(mainUrl)?.pathname).toMatch(/\/dist\/audit-chainer\.mjs$/);
    expect(chainerBundle(import.meta.url)).toBeNull();
  });

  it('links what is written into a chain that verifies: on PostgreSQL from a thread of lowest CPU priority, on the embedded database in-process', async () => {
    const chainer = startServerChainer(database, undefined, mainUrl);
    try {
      const { lowered } = await chainer.ready;
      // The thread lowers its own priority where threads have their own (Linux).
      expect(lowered).toBe(database.kind === 'postgres' && process.platform === 'linux');
      await write(250, 'a');
      await vi.waitFor(async () => expect((await verifyAuditChain(database.db)).pending).toBe(0), {
        timeout: 20_000,
        interval: 50,
      });
      const result = await verifyAuditChain(database.db);
      expect(result.ok).toBe(true);
      expect(result.checked).toBeGreaterThanOrEqual(250);
    } finally {
      await chainer.stop();
    }
  }, 60_000);

  it('links the rows written just before it stops', async () => {
    const chainer = startServerChainer(database, undefined, mainUrl);
    await chainer.ready;
    await write(40, 'b');
    await chainer.stop();
    const result = await verifyAuditChain(database.db);
    expect(result).toMatchObject({ ok: true, pending: 0 });
  }, 60_000);

  it('starts a thread that died again, until it is stopped', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'chainer-'));
    try {
      // A thread that notes each start, then fails.
      const starts = path.join(dir, 'starts');
      const entry = path.join(dir, 'dies.mjs');
      await writeFile(
        entry,
        `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(starts)}, 'x');\nthrow new Error('dies');\n`,
      );
      const errors: unknown[] = [];
      const log = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const chainer = startAuditChainerThread(pathToFileURL(entry), {
          databaseUrl: 'postgres://unused',
          secret: undefined,
          restartMs: 50,
        });
        await vi.waitFor(
          async () =>
            expect((await readFile(starts, 'utf8').catch(() => '')).length).toBeGreaterThanOrEqual(
              3,
            ),
          { timeout: 20_000, interval: 50 },
        );
        await chainer.stop();
        const counted = (await readFile(starts, 'utf8')).length;
        await new Promise((r) => setTimeout(r, 300));
        expect((await readFile(starts, 'utf8')).length).toBe(counted);
      } finally {
        console.error = log;
      }
      expect(errors.length).toBeGreaterThanOrEqual(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
