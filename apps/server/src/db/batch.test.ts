import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabase } from '../../test/harness.ts';
import { groupCommit, statementCommitter, type Statement } from './batch.ts';
import { rowsOf, type Database } from './client.ts';

describe('group commit (groupCommit)', () => {
  /** A write that records its batches and commits after a turn of the event loop. */
  const recorder = (fail = (_item: string) => false) => {
    const batches: string[][] = [];
    const write = async (items: string[]) => {
      batches.push([...items]);
      await new Promise((r) => setTimeout(r, 1));
      const bad = items.find(fail);
      if (bad) throw new Error(`bad item ${bad}`);
      return items.map((i) => i.toUpperCase());
    };
    return { batches, write };
  };

  it('items arriving while a write is in flight go together into the next, up to the batch size, each told its own result', async () => {
    const { batches, write } = recorder();
    const commit = groupCommit(write, { batch: 8, writers: 1 });
    const items = Array.from({ length: 20 }, (_, i) => `i${i}`);
    expect(await Promise.all(items.map(commit))).toEqual(items.map((i) => i.toUpperCase()));
    expect(batches.map((b) => b.length)).toEqual([1, 8, 8, 3]);
    expect(batches.flat()).toEqual(items);
  });

  it('an item waits while another of its key is in a write not yet committed, so the later one is written after', async () => {
    const events: string[] = [];
    const commit = groupCommit(
      async (items: string[]) => {
        events.push(...items.map((i) => `start ${i}`));
        await new Promise((r) => setTimeout(r, 1));
        events.push(...items.map((i) => `commit ${i}`));
        return items;
      },
      { batch: 8, writers: 2, key: (i) => i[0]! },
    );
    await Promise.all(['a1', 'a2', 'b1', 'a3', 'b2', 'b3', 'c1'].map(commit));
    const at = (e: string) => events.indexOf(e);
    for (const [earlier, later] of [
      ['a1', 'a2'],
      ['a2', 'a3'],
      ['b1', 'b2'],
      ['b2', 'b3'],
    ])
      expect(at(`start ${later!}`)).toBeGreaterThan(at(`commit ${earlier!}`));
    // Two writers ran at once (b1 was not held back behind a1).
    expect(at('start b1')).toBeLessThan(at('commit a1'));
  });

  it('only items of one kind share a write, the oldest item’s kind first', async () => {
    const { batches, write } = recorder();
    const commit = groupCommit(write, { batch: 8, writers: 1, kind: (i) => i[0]! });
    await Promise.all(['x1', 'y1', 'x2', 'y2', 'x3'].map(commit));
    expect(batches).toEqual([['x1'], ['y1', 'y2'], ['x2', 'x3']]);
  });

  it('a failed write of several is retried item by item: the bad item fails alone, with its own error', async () => {
    const { batches, write } = recorder((i) => i.startsWith('bad'));
    const commit = groupCommit(write, { batch: 8, writers: 1 });
    const results = await Promise.allSettled(['i1', 'i2', 'bad3', 'i4'].map(commit));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'I1',
      'I2',
      'Error: bad item bad3',
      'I4',
    ]);
    expect(batches).toEqual([['i1'], ['i2', 'bad3', 'i4'], ['i2'], ['bad3'], ['i4']]);
  });
});

describe('group commit of one-statement writes (statementCommitter)', () => {
  let database: Database;
  const rows = <T>(q: string) => rowsOf<T>(database.db, q);
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
    const commit = statementCommitter(database.db, { batch: 8, writers: 1 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => commit(insert(i))));
    const got = await rows<{ n: number; seen: string }>(
      `select n, seen::int as seen from batch_probe where n < 20 order by n`,
    );
    expect(got.map((r) => Number(r.seen))).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it.runIf(inject('pgUrl'))(
    'on PostgreSQL, statements that arrive while one is in flight share the next transaction, up to the batch size',
    async () => {
      const commit = statementCommitter(database.db, { batch: 8, writers: 1 });
      // The first goes alone; the 19 queued behind it go 8, 8 and 3 to a transaction.
      await Promise.all(Array.from({ length: 20 }, (_, i) => commit(insert(100 + i))));
      const txs = await rows<{ size: string }>(
        `select count(*) as size from batch_probe where n >= 100 and n < 200 group by tx order by min(n)`,
      );
      expect(txs.map((t) => Number(t.size))).toEqual([1, 8, 8, 3]);
    },
  );

  it('fails a bad statement alone, with its own error, and commits the others of its batch', async () => {
    const commit = statementCommitter(database.db, { batch: 8, writers: 1 });
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
    const commit = statementCommitter(database.db, { batch: 8, writers: 2 });
    await Promise.allSettled([300, 300, 300, 301].map((n) => commit(insert(n))));
    await Promise.all([302, 303, 304, 305].map((n) => commit(insert(n))));
    const got = await rows<{ n: number }>(
      `select n from batch_probe where n >= 300 and n < 400 order by n`,
    );
    expect(got.map((r) => r.n)).toEqual([300, 301, 302, 303, 304, 305]);
  });
});
