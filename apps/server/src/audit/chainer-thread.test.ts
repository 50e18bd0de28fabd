import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/harness.ts';
import type { Database } from '../db/client.ts';
import { SYSTEM_ACTOR, recordAudit, verifyAuditChain } from './audit.service.ts';
import { chainerBundle, startServerChainer } from './chainer-thread.ts';

/** Builds the server bundles as `npm start` does; resolves with main.mjs's URL. */
async function serverBundle(): Promise<string> {
  const script = path.resolve(import.meta.dirname, '../../../../scripts/build-server.mjs');
  const { buildServer } = (await import(pathToFileURL(script).href)) as {
    buildServer: (entry: string, name: string) => Promise<string>;
  };
  return pathToFileURL(await buildServer('src/main.ts', 'main')).href;
}

const until = async (done: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

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
      await until(async () => (await verifyAuditChain(database.db)).pending === 0);
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
});
