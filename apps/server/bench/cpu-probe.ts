/**
 * Server and PostgreSQL CPU time per request (`npx tsx apps/server/bench/cpu-probe.ts`; N=, ONLY=
 * label part, EXPLAIN=ms to log plans with auto_explain). CPU time per request holds on a busy
 * machine where latencies do not: use it to compare two versions of a hot path. Not a benchmark
 * with a target (those are `npm run bench`).
 */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../src/db/client.ts';
import { buildUser, buildWorld } from '../test/factories.ts';
import { cpuMs, dropScratchDatabases, postgresCpuMs, scratchDatabase, startChild } from './util.ts';
import { call, signIn } from './client.ts';
import { checkinPaths, crisisWorld, receivers, untilDelivered } from './crisis.ts';

async function load(n: number, conc: number, one: () => Promise<void>) {
  let i = 0;
  await Promise.all(
    Array.from({ length: conc }, async () => {
      while (i++ < n) await one();
    }),
  );
}
await scratchDatabase(async (database, url) => {
  const db = database.db;
  const w = await buildWorld(db, 'Probeland');
  const csa = await buildUser(db, w, 'CSA');
  await db.execute(sql`
      insert into risk_assessments (country_id, area_id, location_type, location_key, version, title, acceptable_level, assessed_on, review_due)
      select ${w.country.id}, null, 'country', 'country:' || ${w.country.id}, 1, 'Country SRA', 'medium', date '2026-01-01', date '2027-01-01'
      union all
      select country_id, id, 'area', 'area:' || id, 1, 'Area SRA', 'medium', date '2026-01-01', date '2027-01-01'
        from areas where country_id = ${w.country.id}`);
  if (process.env.EXPLAIN) {
    const name = new URL(url).pathname.slice(1);
    await db.execute(
      sql.raw(`alter database ${name} set session_preload_libraries = 'auto_explain'`),
    );
    await db.execute(
      sql.raw(
        `alter database ${name} set auto_explain.log_min_duration = '${process.env.EXPLAIN}'`,
      ),
    );
    await db.execute(sql.raw(`alter database ${name} set auto_explain.log_analyze = on`));
    await db.execute(sql.raw(`alter database ${name} set auto_explain.log_nested_statements = on`));
    await db.execute(sql.raw(`alter database ${name} set auto_explain.log_buffers = on`));
  }
  // DELIVERY=n: a crisis over n people is delivered to local SMTP + SMS receivers in this process
  // (server, PostgreSQL and this process's CPU per message), then the usual probes.
  const rx = await receivers();
  const server = await startChild('./serve.ts', [url], {
    BENCH_DELIVERY: process.env.DELIVERY ? '1' : '0',
    FIELDSAFE_SMTP_URL: rx.smtpUrl,
    FIELDSAFE_SMS_WEBHOOK_URL: rx.smsUrl,
    FIELDSAFE_SMS_RATE: '100000',
  });
  if (process.env.DELIVERY) {
    const n = Number(process.env.DELIVERY);
    const dw = await crisisWorld(db, 'Deliveryland', n);
    const ds = await signIn(server.url, dw.csa.email);
    const t0 = cpuMs(server.pid);
    const p0 = postgresCpuMs();
    const own0 = process.cpuUsage();
    const w0 = performance.now();
    const c = await call<{ id: string }>(server.url, ds, '/api/crises', {
      countryId: dw.w.country.id,
      areaId: dw.w.north.id,
      title: 'Delivery probe',
      tokenHours: 72,
    });
    const rows = sql`message_id = ${`crisis:${c.id}:checkin`}`;
    const left = await untilDelivered(db, rows, 600_000, 50);
    const wall = performance.now() - w0;
    const own = process.cpuUsage(own0);
    const m = 3 * n;
    console.log(
      `delivery of ${m} messages (${left} left): server ${((cpuMs(server.pid) - t0) / m).toFixed(3)} ms CPU per message, PostgreSQL ${((postgresCpuMs() - p0) / m).toFixed(3)} ms, receivers and poller ${((own.user + own.system) / 1000 / m).toFixed(3)} ms (${((m * 1000) / wall).toFixed(0)}/s wall, ${rx.mail.length} mails, ${rx.sms.length} SMS)`,
    );
  }
  const base = await startChild('./baseline.ts', [url], {});
  const s = await signIn(server.url, csa.email);
  const body = JSON.stringify({
    category: 'ROBBERY',
    occurredAt: '2026-11-20T10:00:00Z',
    countryId: w.country.id,
    personnelAffected: 1,
    title: 'Bench report',
    narrative: 'Load test',
  });
  const post = async () => {
    const r = await fetch(`${server.url}/api/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      body,
    });
    if (r.status !== 201) throw new Error(String(r.status));
    await r.arrayBuffer();
  };
  const me = async () => {
    const r = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: s.cookie } });
    await r.arrayBuffer();
  };
  const bl = async () => {
    const r = await fetch(`${base.url}/api/checkin/bench`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"status":"safe"}',
    });
    await r.arrayBuffer();
  };
  const N = Number(process.env.N ?? 2000);
  // Check-ins: a crisis over `N` people of a second country, each answering with their own link.
  let checkins: string[] = [];
  if (!process.env.ONLY || 'POST /api/checkin'.includes(process.env.ONLY)) {
    const cw = await crisisWorld(db, 'Probecrisis', Number(process.env.PEOPLE ?? N));
    const cs = await signIn(server.url, cw.csa.email);
    const crisis = await call<{ id: string }>(server.url, cs, '/api/crises', {
      countryId: cw.w.country.id,
      areaId: cw.w.north.id,
      title: 'Probe crisis',
      tokenHours: 72,
    });
    checkins = await checkinPaths(db, sql`message_id = ${`crisis:${crisis.id}:checkin`}`);
  }
  let next = 0;
  const checkin = async () => {
    const r = await fetch(`${server.url}${checkins[next++ % checkins.length]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"status":"safe"}',
    });
    if (r.status !== 200) throw new Error(String(r.status));
    await r.arrayBuffer();
  };
  // The clearance state read: a request to a town with a ceiling, read by the country's CSA.
  let travelPath = '';
  if (!process.env.ONLY || 'GET /api/travel/requests/:id'.includes(process.env.ONLY)) {
    await db.execute(sql`
      insert into staff_ceilings (location_id, country_id, ceiling)
      values (${w.town.id}, ${w.country.id}, 150)`);
    const traveller = await buildUser(db, w, 'staff');
    const ts = await signIn(server.url, traveller.email);
    const from = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const created = await call<{ id: string }>(server.url, ts, '/api/travel/requests', {
      purpose: 'probe',
      legs: [{ destinationId: w.town.id, arrivalOn: from, departureOn: to }],
    });
    travelPath = `/api/travel/requests/${created.id}`;
  }
  const travelRead = async () => {
    const r = await fetch(`${server.url}${travelPath}`, { headers: { cookie: s.cookie } });
    if (r.status !== 200) throw new Error(String(r.status));
    await r.arrayBuffer();
  };
  for (const [label, fn, pid] of [
    ['baseline insert', bl, base.pid],
    ['GET /api/travel/requests/:id', travelRead, server.pid],
    ['GET /api/auth/me', me, server.pid],
    ['POST /api/incidents', post, server.pid],
    ['POST /api/checkin', checkin, server.pid],
  ] as const) {
    if (process.env.ONLY && !label.includes(process.env.ONLY)) continue;
    await load(300, 8, fn);
    const stat = async () =>
      (
        await rowsOf<{ x: string; w: string }>(
          db,
          sql`select xact_commit + xact_rollback as x, tup_inserted + tup_updated + tup_deleted as w from pg_stat_database where datname = current_database()`,
        )
      )[0]!;
    const s0 = await stat();
    const t0 = cpuMs(pid);
    const p0 = postgresCpuMs();
    const own0 = process.cpuUsage();
    const w0 = performance.now();
    const lat: number[] = [];
    await load(N, Number(process.env.CONC ?? 8), async () => {
      const l0 = performance.now();
      await fn();
      lat.push(performance.now() - l0);
    });
    lat.sort((a, b) => a - b);
    const cpu = cpuMs(pid) - t0;
    const pgCpu = postgresCpuMs() - p0;
    const own = process.cpuUsage(own0);
    await new Promise((r) => setTimeout(r, 600));
    const s1 = await stat();
    const perReq = (a: string, b: string) => ((Number(b) - Number(a)) / N).toFixed(2);
    console.log(
      `${label}: ${(cpu / N).toFixed(3)} ms CPU per request, PostgreSQL ${(pgCpu / N).toFixed(3)} ms, load generator ${((own.user + own.system) / 1000 / N).toFixed(3)} ms, ${perReq(s0.x, s1.x)} transactions and ${perReq(s0.w, s1.w)} rows written (${((N * 1000) / (performance.now() - w0)).toFixed(0)}/s wall, p50 ${lat[Math.floor(N / 2)]!.toFixed(1)} ms)`,
    );
  }
  await server.stop();
  await base.stop();
  await rx.close();
});
// The template database too (each run makes its own).
await dropScratchDatabases();
