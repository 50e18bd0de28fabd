import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

/**
 * Folds the appended statistics deltas into `incident_stats` in one statement: the rows it
 * deletes are exactly the rows it adds up, so a delta is never lost or counted twice, even with
 * several server processes compacting at once. Returns how many deltas were folded in.
 */
export async function compactIncidentStats(db: Db): Promise<number> {
  const result = (await db.execute(sql`
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
    select coalesce(sum(n), 0)::int as n from summed`)) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]?.n ?? 0;
}
