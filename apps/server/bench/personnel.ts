/**
 * Personnel benchmarks (issue 2): CSV import of 20,000 rows (< 10 s) and the personnel list of a
 * country with 20,000 personnel, filtered and paged over HTTP, and its `q=` search: p95 ≤ 3× the
 * read baseline's (node:http + one indexed SELECT of the same page), measured the same way.
 */
import { loadActor } from '../src/access/actor.ts';
import { createImportService } from '../src/registry/import.service.ts';
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

const N = size(20_000, 1_000);

export async function benchPersonnel(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await scratchDatabase(async (database, databaseUrl) => {
    const w = await buildWorld(database.db, 'Benchland');
    const csa = await buildUser(database.db, w, 'CSA');
    const d = await buildUser(database.db, w, 'DO');
    const actor = await loadActor(database.db, csa.user.id);
    if (!actor) throw new Error('no actor');

    const lines = [
      'staff_id,organization,given_name,family_name,category,email,duty_station,zone,essential',
    ];
    for (let i = 0; i < N; i++) {
      const org = i % 3 === 0 ? w.orgB.code : w.orgA.code;
      const [station, zone] =
        i % 4 === 0 ? ['Town', 'Zone 3'] : ['City', i % 2 ? 'Zone 1' : 'Zone 2'];
      lines.push(
        `B${i},${org},Given${i % 997},Family${i},${i % 5 ? 'local' : 'international'},p${i}@bench.example,${station},${zone},${i % 7 ? 'no' : 'yes'}`,
      );
    }
    const t0 = performance.now();
    const summary = await createImportService(database.db).importPersonnel(
      actor,
      w.country.id,
      lines.join('\n'),
      false,
    );
    const importMs = performance.now() - t0;
    if (summary.created !== N) throw new Error(`import created ${summary.created}`);
    results.push({
      name: `CSV import of ${N} rows`,
      value: `${(importMs / 1000).toFixed(2)} s`,
      target: '< 10 s',
      ok: importMs < 10_000,
      measured: importMs,
      limit: 10_000,
    });

    const app = await listenInProcess(database);
    const address = app.url;
    const { cookie } = await signIn(address, d.email);
    const queries = [
      `countryId=${w.country.id}&page=1&pageSize=50`,
      `countryId=${w.country.id}&zoneId=${w.zone1.id}&page=20&pageSize=50`,
      `countryId=${w.country.id}&organizationId=${w.orgB.id}&category=international&page=3&pageSize=50`,
      `countryId=${w.country.id}&q=family12&page=1&pageSize=50`,
      `countryId=${w.country.id}&essential=true&page=10&pageSize=100`,
    ];
    // The read baseline: the same pages of the same rows, one indexed SELECT each (the index
    // people_country_name orders a country's people by name).
    const page = (where: string, limit: number, offset: number) =>
      `select p.id, p.staff_id, p.given_name, p.family_name, p.category, p.email, p.essential,
              o.code organization, ds.name duty_station, z.name zone
         from people p join organizations o on o.id = p.organization_id
         join duty_stations ds on ds.id = p.duty_station_id left join warden_zones z on z.id = p.zone_id
        where p.country_id = $1 and ${where}
        order by p.family_name, p.given_name, p.id limit ${limit} offset ${offset}`;
    const baseQueries = [
      { sql: page('true', 50, 0), params: [w.country.id] },
      { sql: page('p.zone_id = $2', 50, 950), params: [w.country.id, w.zone1.id] },
      {
        sql: page(`p.organization_id = $2 and p.category = 'international'`, 50, 100),
        params: [w.country.id, w.orgB.id],
      },
      {
        sql: page(`(p.family_name ilike $2 or p.given_name ilike $2 or p.email ilike $2)`, 50, 0),
        params: [w.country.id, '%family12%'],
      },
      { sql: page('p.essential', 100, 900), params: [w.country.id] },
    ];
    const baseline = await readBaseline(databaseUrl, baseQueries);
    const RUNS = size(500, 50);
    const headers = { cookie };
    const [list, base] = await timeBeside(
      { base: address, paths: [0, 1, 2, 4].map((i) => `/api/people?${queries[i]}`), headers },
      { base: baseline.url, paths: ['/0', '/1', '/2', '/4'] },
      RUNS,
      RUNS / 10,
    );
    const [search, baseSearch] = await timeBeside(
      { base: address, paths: [`/api/people?${queries[3]}`], headers },
      { base: baseline.url, paths: ['/3'] },
      RUNS / 5,
      RUNS / 50,
    );
    await baseline.stop();
    results.push(
      ratioResult({
        name: `Personnel list (${N} in country), filtered + paged, p95 (p50 ${percentile(list, 50).toFixed(1)} ms)`,
        measured: percentile(list, 95),
        baseline: percentile(base, 95),
        unit: ' ms',
        limit: 3,
      }),
      ratioResult({
        name: `Personnel search q= (${N} in country), p95 (p50 ${percentile(search, 50).toFixed(1)} ms)`,
        measured: percentile(search, 95),
        baseline: percentile(baseSearch, 95),
        unit: ' ms',
        limit: 3,
      }),
    );
    await app.close();
  });
  return results;
}
