import { sql } from 'drizzle-orm';
import { rowsOf, type Db, type Executor } from '../db/client.ts';
import { postgresCode } from '../http/errors.ts';

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Past this size the deltas' table is emptied with TRUNCATE after its rows are folded in. A
 * delete leaves its pages behind until a vacuum truncates them, and a vacuum may not (another
 * transaction's snapshot still needs the rows, or a lock is held): after a bulk load of five
 * million incidents the emptied table kept 370 MB of pages that every statistics read scanned.
 * Between compactions at 1,000 reports a second it holds about half a megabyte.
 */
export const RECLAIM_BYTES = 16 * 2 ** 20;

export interface CompactOptions {
  /** Reclaim the table's pages past this size (bytes). */
  reclaimBytes?: number;
  /** How long to wait for the table's lock before leaving the reclaim to the next compaction. */
  lockTimeoutMs?: number;
}

/**
 * Folds the appended statistics deltas into `incident_stats` in one statement: the rows it
 * deletes are exactly the rows it adds up, so a delta is never lost or counted twice, even with
 * several server processes compacting at once. Returns how many deltas were folded in.
 *
 * When the table has grown past `reclaimBytes`, it then takes the table's lock (waiting at most
 * `lockTimeoutMs`: reports wait behind that wait, so it is short, and a busy table is left for
 * the next compaction), folds in what arrived meanwhile and truncates it, in one transaction.
 * Statistics are read in single READ COMMITTED statements, whose snapshot is taken after their
 * locks: a read sees both tables before the reclaim or both after it.
 */
export async function compactIncidentStats(db: Db, options: CompactOptions = {}): Promise<number> {
  const { reclaimBytes = RECLAIM_BYTES, lockTimeoutMs = 50 } = options;
  let folded = await fold(db);
  const [size] = await rowsOf<{ bytes: number }>(
    db,
    sql`select pg_relation_size('incident_stats_delta')::float8 as bytes`,
  );
  if ((size?.bytes ?? 0) <= reclaimBytes) return folded;
  try {
    folded += await db.transaction(async (tx) => {
      await tx.execute(
        sql.raw(`set local lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`),
      );
      await tx.execute(sql`lock table incident_stats_delta in access exclusive mode`);
      const n = await fold(tx);
      await tx.execute(sql`truncate incident_stats_delta`);
      return n;
    });
  } catch (e) {
    // lock_not_available: the table is in use; the next compaction tries again.
    if (postgresCode(e) !== LOCK_NOT_AVAILABLE) throw e;
  }
  return folded;
}

async function fold(ex: Executor): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    ex,
    sql`
    with moved as (delete from incident_stats_delta returning *),
    summed as (
      select country_id, area_id, organization_id, classification, category, year,
             sum(incidents)::int as incidents, sum(personnel)::int as personnel, count(*)::int as n
      from moved group by 1, 2, 3, 4, 5, 6
    ),
    folded as (
      insert into incident_stats as s (country_id, area_id, organization_id, classification, category, year, incidents, personnel)
      select country_id, area_id, organization_id, classification, category, year, incidents, personnel from summed
      on conflict (country_id, area_id, organization_id, classification, category, year)
      do update set incidents = s.incidents + excluded.incidents, personnel = s.personnel + excluded.personnel
      returning 1
    )
    -- (a data-modifying WITH runs even when the final SELECT does not read it)
    select coalesce(sum(n), 0)::int as n from summed`,
  );
  return rows[0]?.n ?? 0;
}
