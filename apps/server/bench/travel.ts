/**
 * Travel clearance speed (issue 4), on the real PostgreSQL: with 200,000 personnel and 1,000,000
 * certificates loaded, `POST /api/travel/requests` (load state, evaluate, store) p99 < 20 ms over
 * HTTP; import of 100,000 certificates < 30 s. Run: `npx tsx apps/server/bench/travel.ts`.
 */
import { addDays, evaluateClearance } from '@fieldsafe/core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadActor, today } from '../src/access/actor.ts';
import { buildApp } from '../src/app.ts';
import { connectPostgres } from '../src/db/client.ts';
import { securityLevelDecisions, ssafeMandates, staffCeilings } from '../src/db/schema/index.ts';
import { loadReferenceData } from '../src/registry/reference-data.ts';
import { createCertificateImportService } from '../src/training/import.service.ts';
import { buildUser, buildWorld, PASSWORD } from '../test/factories.ts';
import { withDatabase } from '../test/global-setup.ts';
import { loadClearanceState, loadPlaces } from '../src/travel/travel.queries.ts';

const base =
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const name = `fs_bench_travel_${Date.now().toString(36)}`;
const PEOPLE = 200_000;
const RUNS = 300;

const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`create database ${name}`);
const database = connectPostgres(withDatabase(base, name), 10);
try {
  await database.migrate();
  await loadReferenceData(database.db);
  const db = database.db;
  const w = await buildWorld(db, 'Benchland');
  await db.execute(sql`
    insert into people (kind, staff_id, organization_id, category, given_name, family_name,
                        country_id, area_id, duty_station_id, zone_id)
    select 'personnel', 'P' || g, ${w.orgA.id}, case when g % 5 = 0 then 'international' else 'local' end,
           'Given' || g, 'Family' || g, ${w.country.id},
           case when g % 2 = 0 then ${w.capital.id}::uuid else ${w.north.id}::uuid end,
           case when g % 2 = 0 then ${w.city.id}::uuid else ${w.town.id}::uuid end,
           case when g % 2 = 0 then ${w.zone1.id}::uuid else ${w.zone3.id}::uuid end
    from generate_series(1, ${PEOPLE}) g`);
  // Five certificates per person (1,000,000), some expired.
  await db.execute(sql`
    insert into training_certificates (person_id, course, issued_on)
    select p.id, c.course, (current_date - (c.age + (abs(hashtext(p.id::text)) % 700)))::date
    from people p
    cross join (values ('BSITF', 100), ('ASITF', 200), ('SSAFE', 50), ('WSAT', 10), ('BSITF', 1300)) as c(course, age)
    where p.country_id = ${w.country.id}`);
  await db.execute(sql`analyze`);
  await db.insert(securityLevelDecisions).values({
    countryId: w.country.id,
    scale: 'SLS',
    level: '4',
    effectiveFrom: '2020-01-01',
    reason: 'bench',
    decidedBy: 'DO',
  });
  await db.insert(ssafeMandates).values({
    countryId: w.country.id,
    locationId: w.town.id,
    locationKind: 'duty_station',
    mandatoryFrom: '2020-01-01',
    decidedBy: 'DO',
  });
  await db
    .insert(staffCeilings)
    .values({ locationId: w.town.id, countryId: w.country.id, ceiling: 150 });
  await buildUser(db, w, 'ASC', { areaId: w.north.id });
  const traveller = await buildUser(db, w, 'staff');
  await db.execute(sql`
    insert into training_certificates (person_id, course, issued_on)
    values (${traveller.person.id}, 'BSITF', current_date - 100), (${traveller.person.id}, 'ASITF', current_date - 100),
           (${traveller.person.id}, 'SSAFE', current_date - 100)`);

  const app = await buildApp(database, {
    secureCookies: false,
    sessionHours: 1,
    webDist: '/nonexistent',
    logLevel: 'silent',
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: traveller.email, password: PASSWORD }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('fs_csrf='))?.slice('fs_csrf='.length) ?? '';
  const headers = {
    cookie: cookies.join('; '),
    'x-csrf-token': csrf,
    'content-type': 'application/json',
  };
  const times: number[] = [];
  for (let i = 0; i < RUNS + 20; i++) {
    const from = addDays(today(), 10 + (i % 200));
    const t0 = performance.now();
    const res = await fetch(`${address}/api/travel/requests`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        purpose: 'bench',
        legs: [{ destinationId: w.town.id, arrivalOn: from, departureOn: addDays(from, 4) }],
      }),
    });
    await res.text();
    if (res.status !== 201) throw new Error(`request failed: ${res.status}`);
    if (i >= 20) times.push(performance.now() - t0);
  }
  await app.close();
  const evalTimes: number[] = [];
  const places = await loadPlaces(db, [w.town.id]);
  for (let i = 0; i < RUNS + 20; i++) {
    const from = addDays(today(), 10 + (i % 200));
    const t0 = performance.now();
    const state = await loadClearanceState(db, traveller.person.id, places, [
      { locationId: w.town.id, from, to: addDays(from, 4) },
    ]);
    evaluateClearance({
      traveller: state.traveller,
      itinerary: {
        legs: [{ destinationId: w.town.id, arrivalOn: from, departureOn: addDays(from, 4) }],
      },
      destinations: state.destinations,
      sanctions: state.sanctions,
      evaluatedOn: today(),
    });
    if (i >= 20) evalTimes.push(performance.now() - t0);
  }
  evalTimes.sort((a, b) => a - b);
  const q = (x: number) =>
    evalTimes[Math.min(evalTimes.length - 1, Math.ceil(x * evalTimes.length) - 1)] ?? NaN;
  console.log(
    `state load + evaluation alone: p50 ${q(0.5).toFixed(1)} ms, p99 ${q(0.99).toFixed(1)} ms`,
  );
  times.sort((a, b) => a - b);
  const p = (q: number) =>
    times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
  console.log(
    `clearance request over HTTP: p50 ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms (target p99 < 20 ms)`,
  );

  const csa = await buildUser(db, w, 'CSA');
  const actor = await loadActor(db, csa.user.id);
  if (!actor) throw new Error('no actor');
  const lines = ['staff_id,organization,course,issued_on'];
  for (let i = 1; i <= 100_000; i++)
    lines.push(
      `P${i},${w.orgA.code},SMT_TRAINING,2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
    );
  const t0 = performance.now();
  const summary = await createCertificateImportService(db).importCertificates(
    actor,
    w.country.id,
    lines.join('\n'),
    false,
  );
  const ms = performance.now() - t0;
  console.log(
    `import of ${summary.created} certificates: ${(ms / 1000).toFixed(2)} s (target < 30 s); errors ${summary.errors.length}`,
  );
} finally {
  await database.close();
  if (!process.env.KEEP) await admin.query(`drop database if exists ${name} with (force)`);
  else console.log(`kept ${name}`);
  await admin.end();
}
