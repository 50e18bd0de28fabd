/**
 * Personnel benchmarks (issue 2): CSV import of 20,000 rows (< 10 s) and the personnel list of a
 * country with 20,000 personnel, filtered and paged over HTTP (p95 < 50 ms).
 */
import { buildApp } from '../src/app.ts';
import { loadActor } from '../src/access/actor.ts';
import { createImportService } from '../src/registry/import.service.ts';
import { buildUser, buildWorld, PASSWORD } from '../test/factories.ts';
import { percentile, scratchDatabase, size, type BenchResult } from './util.ts';

const N = size(20_000, 2_000);

export async function benchPersonnel(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await scratchDatabase(async (database) => {
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

    const app = await buildApp(database, {
      secureCookies: false,
      sessionHours: 1,
      webDist: '/nonexistent',
      logLevel: 'silent',
      // One loopback client generating load is not an attacker; production limits come from config.
      rateLimits: { login: 1_000_000, checkin: 1_000_000, writes: 1_000_000 },
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const login = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: d.email, password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const queries = [
      `countryId=${w.country.id}&page=1&pageSize=50`,
      `countryId=${w.country.id}&zoneId=${w.zone1.id}&page=20&pageSize=50`,
      `countryId=${w.country.id}&organizationId=${w.orgB.id}&category=international&page=3&pageSize=50`,
      `countryId=${w.country.id}&q=family12&page=1&pageSize=50`,
      `countryId=${w.country.id}&essential=true&page=10&pageSize=100`,
    ];
    for (let i = 0; i < 50; i++)
      await fetch(`${address}/api/people?${queries[i % queries.length]}`, { headers: { cookie } });
    const times: number[] = [];
    const byQuery = queries.map(() => [] as number[]);
    for (let i = 0; i < 500; i++) {
      const s = performance.now();
      const r = await fetch(`${address}/api/people?${queries[i % queries.length]}`, {
        headers: { cookie },
      });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      times.push(performance.now() - s);
      byQuery[i % queries.length]?.push(performance.now() - s);
    }
    byQuery.forEach((q, i) => {
      q.sort((a, b) => a - b);
      console.log(
        `  p95 ${percentile(q, 95).toFixed(1).padStart(6)} ms  ${queries[i]?.replace(/[0-9a-f-]{36}/g, '…')}`,
      );
    });
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    results.push({
      name: `Personnel list (${N} in country), filtered + paged, p50`,
      value: `${percentile(times, 50).toFixed(1)} ms`,
      target: '',
      ok: true,
    });
    results.push({
      name: `Personnel list (${N} in country), filtered + paged, p95`,
      value: `${p95.toFixed(1)} ms`,
      target: '< 50 ms',
      ok: p95 < 50,
      measured: p95,
      limit: 50,
    });
    await app.close();
  });
  return results;
}
