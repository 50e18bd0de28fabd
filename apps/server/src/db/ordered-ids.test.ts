import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/harness.ts';
import { rowsOf, type Database } from './client.ts';
import { blockId, idBlock } from './ordered-ids.ts';

describe('ids drawn once per statement (idBlock, blockId)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
    await database.db.execute(
      sql`create table ids_probe (id uuid primary key, statement int not null, k int not null)`,
    );
  });
  afterAll(() => database.close());

  /** Inserts `n` rows in one statement, ordered by k descending; returns them in insert order. */
  const insert = async (statement: number, n: number) =>
    rowsOf<{ id: string; k: number }>(
      database.db,
      sql`with k as materialized (${idBlock})
          insert into ids_probe (id, statement, k)
          select ${blockId('k', 's.k desc')}, ${statement}, s.k
            from generate_series(1, ${n}::int) as s(k) cross join k
          returning id, k`,
    );

  it('gives every row of a statement its own version-7 id, counting up in the order asked for', async () => {
    const rows = await insert(1, 3000);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3000);
    for (const r of rows)
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-/);
    const byId = [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId.map((r) => r.k)).toEqual(Array.from({ length: 3000 }, (_, i) => 3000 - i));
    // The first 48 bits are the database clock's milliseconds.
    const ms = parseInt(rows[0]!.id.replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(ms - Date.now())).toBeLessThan(60_000);
  });

  it('gives statements run one after another ids that do not collide', async () => {
    for (let s = 2; s < 40; s++) await insert(s, 50);
    const [all] = await rowsOf<{ n: number; distinct: number }>(
      database.db,
      sql`select count(*)::int as n, count(distinct id)::int as distinct from ids_probe`,
    );
    expect(all).toEqual({ n: 3000 + 38 * 50, distinct: 3000 + 38 * 50 });
  });
});
