import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabase } from '../../test/harness.ts';
import { groupCommitter, type Statement } from './batch.ts';
import type { Database } from './client.ts';

describe('group commit of one-statement writes (groupCommitter)', () => {
  let database: Database;
  const rows = async <T>(q: string) =>
    ((await database.db.execute(q)) as unknown as { rows: T[] }).rows;
  beforeAll(async () => {
    database = await testDatabase();
    await database.db.execute(
      `create table batch_probe (n int primary key check (n >= 0), tx bigint not null, seen int not null)`,
    );
  });
  afterAll(() => database.close());
  // Each row records its transaction and how many rows it saw before it.
  const insert = (n: number): Statement => ({
    sql: `insert into batch_probe (n, tx, seen) select $1::int, txid_current(), count(*) from batch_probe`,
    params: [n],
  });

  it('commits every statement, in the order they arrived, each seeing those before it', async () => {
    const commit = groupCommitter(database.db, { batch: 8, writers: 1 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => commit(insert(i))));
    const got = await rows<{ n: number; seen: string }>(
      `select n, seen::int as seen from batch_probe where n < 20 order by n`,
    );
    expect(got.map((r) => Number(r.seen))).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it.runIf(inject('pgUrl'))(
    'on PostgreSQL, statements that arrive while one is in flight share the next transaction, up to the batch size',
    async () => {
      const commit = groupCommitter(database.db, { batch: 8, writers: 1 });
      // The first goes alone; the 19 queued behind it go 8, 8 and 3 to a transaction.
      await Promise.all(Array.from({ length: 20 }, (_, i) => commit(insert(100 + i))));
      const txs = await rows<{ size: string }>(
        `select count(*) as size from batch_probe where n >= 100 and n < 200 group by tx order by min(n)`,
      );
      expect(txs.map((t) => Number(t.size))).toEqual([1, 8, 8, 3]);
    },
  );

  it('fails a bad statement alone, with its own error, and commits the others of its batch', async () => {
    const commit = groupCommitter(database.db, { batch: 8, writers: 1 });
    const results = await Promise.allSettled(
      [200, 201, -1, 203, 200].map((n) => commit(insert(n))),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
    ]);
    const messages = results.map((r) =>
      r.status === 'rejected' ? String((r.reason as Error).cause ?? r.reason) : '',
    );
    expect(messages[2]).toMatch(/check constraint/);
    expect(messages[4]).toMatch(/duplicate key/);
    const got = await rows<{ n: number }>(
      `select n from batch_probe where n >= 200 and n < 300 order by n`,
    );
    expect(got.map((r) => r.n)).toEqual([200, 201, 203]);
  });

  it('keeps its connections usable after a failed batch', async () => {
    const commit = groupCommitter(database.db, { batch: 8, writers: 2 });
    await Promise.allSettled([300, 300, 300, 301].map((n) => commit(insert(n))));
    await Promise.all([302, 303, 304, 305].map((n) => commit(insert(n))));
    const got = await rows<{ n: number }>(
      `select n from batch_probe where n >= 300 and n < 400 order by n`,
    );
    expect(got.map((r) => r.n)).toEqual([300, 301, 302, 303, 304, 305]);
  });
});
