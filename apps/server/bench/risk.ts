/**
 * Risk benchmarks on the real PostgreSQL (issue 3): the heat map and the risk register of a
 * country with 50 locations × 40 risks (2,000 risks in current assessments, plus superseded
 * versions), p95 ≤ 3× the read baseline's (node:http + one indexed SELECT of those risks).
 */
import { sql } from 'drizzle-orm';
import { buildUser, buildWorld } from '../test/factories.ts';
import { listenInProcess, signIn } from './client.ts';
import {
  percentile,
  ratioResult,
  readBaseline,
  scratchDatabase,
  size,
  timeBeside,
  type BenchResult,
} from './util.ts';

/** Requests timed per endpoint (after 5 not timed), the same for the baseline. */
const RUNS = size(35, 10);

export async function benchRisk(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await scratchDatabase(async (database, databaseUrl) => {
    const db = database.db;
    const w = await buildWorld(db, 'Riskland');
    const csa = await buildUser(db, w, 'CSA');
    // 48 more duty stations: 50 locations in all, each with a current and a superseded version.
    await db.execute(sql`
      insert into duty_stations (country_id, area_id, name, kind)
      select ${w.country.id}, case when g % 2 = 0 then ${w.capital.id}::uuid else ${w.north.id}::uuid end,
             'Station ' || g, 'field'
      from generate_series(1, 48) g`);
    await db.execute(sql`
      insert into risk_assessments (country_id, area_id, duty_station_id, location_type, location_key,
        version, title, acceptable_level, assessed_on, review_due, superseded_at)
      select ds.country_id, ds.area_id, ds.id, 'duty_station', 'duty_station:' || ds.id, v.v,
             'SRA ' || ds.name, 'medium', '2026-01-01', '2026-07-01',
             case when v.v = 1 then now() else null end
      from duty_stations ds cross join (values (1), (2)) v(v)
      where ds.country_id = ${w.country.id}`);
    await db.execute(sql`
      insert into risk_threats (assessment_id, position, category, title, human)
      select a.id, t, (array['armed_conflict','terrorism','crime','civil_unrest','hazards'])[1 + t % 5],
             'Threat ' || t, t % 5 <> 4
      from risk_assessments a cross join generate_series(0, 4) t
      where a.country_id = ${w.country.id}`);
    await db.execute(sql`
      insert into risks (assessment_id, threat_id, position, exposed, description,
        inherent_likelihood, inherent_impact, strategies, measures, residual_likelihood, residual_impact)
      select a.id, th.id, r, (array['personnel','premises','assets','programmes'])[1 + r % 4],
             'Risk ' || r, 1 + (r * 7) % 5, 1 + (r * 3) % 5, '["control"]'::jsonb,
             '["Measure one","Measure two"]'::jsonb,
             case when r % 6 = 0 then null else 1 + (r * 7) % 4 end,
             case when r % 6 = 0 then null else 1 + (r * 3) % 4 end
      from risk_assessments a
      cross join generate_series(0, 39) r
      join risk_threats th on th.assessment_id = a.id and th.position = r % 5
      where a.country_id = ${w.country.id}`);
    await db.execute(sql`analyze risk_assessments; analyze risks; analyze risk_threats`);

    const app = await listenInProcess(database);
    const address = app.url;
    const { cookie } = await signIn(address, csa.email);
    // The read baseline: the current assessments' risks of the country, with their location and
    // threat, one indexed SELECT (the same rows both endpoints are built from).
    const baseline = await readBaseline(databaseUrl, [
      {
        sql: `select r.id, r.position, r.exposed, r.description, r.inherent_likelihood, r.inherent_impact,
                     r.strategies, r.measures, r.residual_likelihood, r.residual_impact,
                     a.id assessment_id, a.location_type, a.location_key, a.title, t.category, t.title threat
                from risk_assessments a join risks r on r.assessment_id = a.id
                join risk_threats t on t.id = r.threat_id
               where a.country_id = $1 and a.superseded_at is null`,
        params: [w.country.id],
      },
    ]);
    for (const [label, path, check] of [
      ['Heat map, 50 locations × 40 risks', 'heatmap', (b: { total: number }) => b.total === 2000],
      [
        'Risk register, 50 locations × 40 risks',
        'register',
        (b: { items: unknown[] }) => b.items.length === 2000,
      ],
    ] as const) {
      const [times, base] = await timeBeside(
        {
          base: address,
          paths: [`/api/countries/${w.country.id}/risk/${path}`],
          headers: { cookie },
          check: (status, body) => status === 200 && check(body as never),
        },
        {
          base: baseline.url,
          paths: ['/0'],
          check: (status, b) => status === 200 && (b as { items: unknown[] }).items.length === 2000,
        },
        RUNS,
        5,
      );
      results.push(
        ratioResult({
          name: `${label}, p95 (p50 ${percentile(times, 50).toFixed(0)} ms)`,
          measured: percentile(times, 95),
          baseline: percentile(base, 95),
          unit: ' ms',
          limit: 3,
        }),
      );
    }
    await baseline.stop();
    await app.close();
  });
  return results;
}
