/**
 * Crisis benchmarks on the real PostgreSQL (issue 6), with the server (and its delivery worker)
 * in a child process, a local SMTP receiver and a local SMS webhook on loopback:
 * - fan-out: declaring a crisis for an area of 20,000 people, until their messages are queued;
 * - delivery rate of those messages (in-app, e-mail over SMTP, SMS webhook);
 * - 20,000 check-ins through the public endpoint, each with its own token, with the status-board
 *   counts query timed while they run;
 * - the server's resident memory;
 * - a bare baseline (baseline.ts: node:http + one INSERT) loaded the same way, for ratios, run
 *   before the server's load and after it, the faster of the two runs taken;
 * - SIGKILL of the server during a broadcast to 20,000 people, then a restart: every message
 *   marked delivered, each recipient's message received, duplicates only those in flight.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { loadActor } from '../src/access/actor.ts';
import { crisisCounts, crisisCountsQuery } from '../src/crisis/crisis.queries.ts';
import { rowsOf, type Db } from '../src/db/client.ts';
import { loadConfig } from '../src/config.ts';
import { checkinSecret, useServerSecret, withCheckinLink } from '../src/crisis/token.ts';
import { people } from '../src/db/schema/index.ts';
import { buildUser, buildWorld } from '../test/factories.ts';
import { call, load, signIn, type Session } from './client.ts';
import {
  cpuPerRequest,
  percentile,
  ratioResult,
  rateResult,
  scratchDatabase,
  size,
  startChild,
  type BenchResult,
} from './util.ts';

const N = size(20_000, 500);
/** Connections of the check-in load generator (the same for the baseline). */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
/** The worker's claim lock in the bench server: a restart after SIGKILL waits this long at most. */
const LOCK_SECONDS = 5;

/** kB of a process's /proc status field (VmRSS, VmHWM). */
function procKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return m?.[1] ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples a process's resident memory until stopped; returns the peak in MB. */
function rssSampler(pid: number) {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, procKb(pid, 'VmRSS'))), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, procKb(pid, 'VmHWM')) / 1024;
    },
  };
}

/** Local receivers: SMTP (Message-IDs seen) and the SMS webhook (idempotency keys seen). */
export async function receivers() {
  const mail: string[] = [];
  const sms: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients: 1000,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (c: Buffer) => {
        if (head.length < 4096) head += c.toString('utf8');
      });
      stream.on('end', () => {
        mail.push(/^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '');
        callback();
      });
    },
  });
  // A client killed mid-message resets its connection: not an error of the receiver.
  smtp.on('error', () => {});
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const webhook = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      sms.push(String(req.headers['idempotency-key'] ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  webhook.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => webhook.listen(0, '127.0.0.1', r));
  return {
    mail,
    sms,
    smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    smsUrl: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/sms`,
    clear: () => {
      mail.length = 0;
      sms.length = 0;
    },
    close: async () => {
      await new Promise<void>((r) => smtp.close(() => r()));
      await new Promise<void>((r) => webhook.close(() => r()));
    },
  };
}

/**
 * A country whose North area holds `n` people reachable by e-mail and SMS (the CSA works in the
 * capital, so is not among them).
 */
export async function crisisWorld(db: Db, name: string, n: number) {
  const w = await buildWorld(db, name);
  const csa = await buildUser(db, w, 'CSA');
  for (let i = 0; i < n; i += 2000)
    await db.insert(people).values(
      Array.from({ length: Math.min(2000, n - i) }, (_, j) => ({
        kind: 'personnel' as const,
        organizationId: (i + j) % 3 ? w.orgA.id : w.orgB.id,
        givenName: `Given${i + j}`,
        familyName: `Family${i + j}`,
        email: `c${i + j}@example.org`,
        phone: `+99955${String(i + j).padStart(6, '0')}`,
        countryId: w.country.id,
        areaId: w.north.id,
        dutyStationId: w.town.id,
        zoneId: w.zone3.id,
      })),
    );
  await db.execute(sql`vacuum analyze`);
  return { w, csa };
}

/** How many queued messages (outbound_messages rows) match `where`. */
export async function countOutbound(db: Db, where: ReturnType<typeof sql>): Promise<number> {
  const r = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int n from outbound_messages where ${where}`,
  );
  return Number(r[0]?.n ?? 0);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls every `pollMs` until every message among `rows` is delivered or `ms` have passed; returns
 * how many are left undelivered. The poll asks only whether one is left, and counts them once at
 * the end: a count over all of a crisis's 60,000 rows cost PostgreSQL 12 ms, every 50 ms — a
 * quarter of a core taken from the server being measured.
 */
export async function untilDelivered(
  db: Db,
  rows: ReturnType<typeof sql>,
  ms: number,
  pollMs: number,
): Promise<number> {
  const deadline = Date.now() + ms;
  const undelivered = sql`${rows} and status <> 'delivered'`;
  const anyLeft = async () => {
    const r = await rowsOf<{ left: boolean }>(
      db,
      sql`select exists (select from outbound_messages where ${undelivered}) as left`,
    );
    return r[0]?.left === true;
  };
  while ((await anyLeft()) && Date.now() < deadline) await sleep(pollMs);
  return countOutbound(db, undelivered);
}

/** How many of `rows` go by e-mail and by SMS. */
export async function byChannel(db: Db, rows: ReturnType<typeof sql>) {
  return {
    emails: await countOutbound(db, sql`${rows} and channel = 'email'`),
    texts: await countOutbound(db, sql`${rows} and channel = 'sms'`),
  };
}

/**
 * The check-in links of the messages among `rows` (each person's own token, signed as the delivery
 * worker signs it with the server's secret), as API paths.
 */
export async function checkinPaths(db: Db, rows: ReturnType<typeof sql>): Promise<string[]> {
  const queued = await rowsOf<{ recipient_id: string; params: Record<string, unknown> }>(
    db,
    sql`select recipient_id, params from outbound_messages where ${rows} and channel = 'in_app'`,
  );
  useServerSecret(db, loadConfig().secret);
  const secret = await checkinSecret(db);
  return queued.map(
    (r) => `/api${String(withCheckinLink(secret, '', r.recipient_id, r.params).path)}`,
  );
}
/**
 * A round of the write baseline (bench/baseline.ts): `n` check-ins by link, on rows of the round's
 * own, with the suites' connection count.
 */
export const baselineRound = (url: string, round: string, n: number) =>
  load(
    url,
    Array.from({ length: n }, (_, i) => `/api/checkin/baseline-${round}-${i}`),
    '{"status":"safe"}',
    CONNECTIONS,
  );
const fmt = (x: number, digits = 1) => x.toFixed(digits);

export async function benchCrisis(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const add = (
    name: string,
    value: string,
    target: string,
    ok: boolean,
    judge?: Pick<BenchResult, 'measured' | 'limit' | 'higherIsBetter'>,
  ) => results.push({ name, value, target, ok, ...judge });
  // A wrong result (lost or duplicated data) fails under --smoke too, whatever the speed.
  const unless = (correct: boolean, measured: number) => (correct ? measured : NaN);
  await scratchDatabase(async (database, databaseUrl) => {
    const db = database.db;
    const { w, csa } = await crisisWorld(db, 'Crisisland', N);

    const rx = await receivers();
    const serverEnv = {
      BENCH_DELIVERY: '1',
      BENCH_DELIVERY_LOCK_SECONDS: String(LOCK_SECONDS),
      FIELDSAFE_SMTP_URL: rx.smtpUrl,
      FIELDSAFE_SMS_WEBHOOK_URL: rx.smsUrl,
      // The local receiver takes any rate: the figure is Fieldsafe's throughput, not a gateway's.
      FIELDSAFE_SMS_RATE: '100000',
    };
    let server = await startChild('./serve.ts', [databaseUrl], serverEnv);
    let rss = rssSampler(server.pid);

    const login = () => signIn(server.url, csa.email);
    const post = async (path: string, body: unknown, session?: Session) =>
      call<{ id: string }>(server.url, session ?? (await login()), path, body);
    const countWhere = (where: ReturnType<typeof sql>) => countOutbound(db, where);

    // --- The baseline: once before the server's load and once after (the same load generator
    // and connection count, rows of its own each time); every ratio is taken against the faster
    // of the two, so a baseline slowed by the machine cannot make a figure pass.
    const baseline = await startChild('./baseline.ts', [databaseUrl], {});
    const baseRss = rssSampler(baseline.pid);
    const baseLoad = (round: string) =>
      cpuPerRequest(baseline.pid, N, () => baselineRound(baseline.url, round, N));
    await baselineRound(baseline.url, 'warmup', 1000);
    const baseBefore = await baseLoad('before');
    // The figures judged against the baseline, once its second run is in.
    const judgements: (() => BenchResult)[] = [];
    let baseCpu = baseBefore;
    let base = baseBefore.result;
    let baseP99 = percentile(base.latencies, 99);

    // --- Fan-out: the crisis is declared over HTTP; its messages are queued when it answers.
    const session = await login();
    const t0 = performance.now();
    const crisis = await post(
      '/api/crises',
      {
        countryId: w.country.id,
        areaId: w.north.id,
        title: 'Flooding in the North',
        tokenHours: 72,
      },
      session,
    );
    const fanout = (performance.now() - t0) / 1000;
    const phases: string[] = [`fan-out ${fmt(procKb(server.pid, 'VmHWM') / 1024, 0)}`];
    const checkinRows = sql`message_id = ${`crisis:${crisis.id}:checkin`}`;
    const queued = await countWhere(checkinRows);
    const ok = queued === 3 * N;
    // The baseline's time for as many single INSERTs as messages queued.
    judgements.push(() =>
      ratioResult({
        name: `Fan-out: crisis declared for ${N.toLocaleString('en')} people, ${queued.toLocaleString('en')} messages queued (in-app, e-mail, SMS), vs the baseline's time for as many single INSERTs`,
        measured: fanout,
        baseline: queued / base.rate,
        unit: ' s',
        digits: 2,
        limit: 0.1,
        correct: ok,
      }),
    );

    // --- Delivery: until every one of them is marked delivered.
    const left = await untilDelivered(db, checkinRows, 300_000, 50);
    const deliverySeconds = (performance.now() - t0) / 1000 - fanout;
    phases.push(`delivery ${fmt(procKb(server.pid, 'VmHWM') / 1024, 0)}`);
    const { emails, texts } = await byChannel(db, checkinRows);
    const deliveryRate = queued / deliverySeconds;
    const allReceived =
      left === 0 && new Set(rx.mail).size === emails && new Set(rx.sms).size === texts;
    judgements.push(() =>
      rateResult({
        name: `Delivery of those messages to local SMTP + SMS webhook + in-app (${fmt(deliverySeconds)} s; ${rx.mail.length} mails, ${rx.sms.length} SMS received), vs baseline req/s`,
        measured: deliveryRate,
        baseline: base.rate,
        correct: allReceived,
      }),
    );

    // --- Check-ins: each person's own token, as in their message.
    const paths = await checkinPaths(db, checkinRows);
    const actor = await loadActor(db, csa.user.id);
    if (!actor) throw new Error('no actor');
    // Warm-up with the first 1,000 (answering again is allowed), as for the baseline.
    await load(server.url, paths.slice(0, 1000), '{"status":"need_help"}', CONNECTIONS);
    // The counts query, timed from this process (which also runs the load generator) and inside
    // the database (EXPLAIN ANALYZE: planning + execution).
    const countTimes: number[] = [];
    const countDbTimes: number[] = [];
    const countsSql = crisisCountsQuery(db, actor, crisis.id).toSQL();
    const explain = new pg.Client({ connectionString: databaseUrl });
    await explain.connect();
    let loading = true;
    const sampler = (async () => {
      while (loading) {
        const s = performance.now();
        await crisisCounts(db, actor, crisis.id);
        countTimes.push(performance.now() - s);
        const plan = (await explain.query(
          `explain (analyze, format json) ${countsSql.sql}`,
          countsSql.params,
        )) as { rows: { 'QUERY PLAN': { 'Planning Time': number; 'Execution Time': number }[] }[] };
        const p = plan.rows[0]?.['QUERY PLAN'][0];
        if (p) countDbTimes.push(p['Planning Time'] + p['Execution Time']);
        await sleep(20);
      }
    })();
    const runCpu = await cpuPerRequest(server.pid, N, () =>
      load(server.url, paths, '{"status":"safe"}', CONNECTIONS),
    );
    const run = runCpu.result;
    loading = false;
    await sampler;
    await explain.end();
    const after = await crisisCounts(db, actor, crisis.id);
    phases.push(`check-ins ${fmt(procKb(server.pid, 'VmHWM') / 1024, 0)}`);
    const p99 = percentile(run.latencies, 99);
    judgements.push(
      () =>
        rateResult({
          name: `${N.toLocaleString('en')} check-ins, ${CONNECTIONS} connections (${run.failures} failed; ${after.safe} safe on the board; CPU per request: server ${fmt(runCpu.server, 2)} ms and PostgreSQL ${fmt(runCpu.postgres, 2)} ms, baseline ${fmt(baseCpu.server, 2)} ms and ${fmt(baseCpu.postgres, 2)} ms), vs baseline req/s`,
          measured: run.rate,
          baseline: base.rate,
          correct: run.failures === 0 && after.safe === N,
        }),
      () =>
        ratioResult({
          name: `Check-in latency p99 (p50 ${fmt(percentile(run.latencies, 50))} ms), vs baseline p99`,
          measured: p99,
          baseline: baseP99,
          unit: ' ms',
          limit: 2,
        }),
    );
    for (const [label, times] of [
      ['in the database (EXPLAIN ANALYZE)', countDbTimes],
      ['round trip from the load generator’s process', countTimes],
    ] as const) {
      times.sort((a, b) => a - b);
      judgements.push(() =>
        ratioResult({
          name: `Status-board counts during the check-ins, ${label}, p95 (${times.length} samples, p50 ${fmt(percentile(times, 50))} ms, p99 ${fmt(percentile(times, 99))} ms), vs baseline p99`,
          measured: percentile(times, 95),
          baseline: baseP99,
          unit: ' ms',
          limit: 1,
        }),
      );
    }

    // --- The baseline's second run, now that the server has been measured.
    const baseAfter = await baseLoad('after');
    const baseRssMb = baseRss.stop();
    await baseline.stop();
    if (baseAfter.result.rate > baseBefore.result.rate) {
      baseCpu = baseAfter;
      base = baseAfter.result;
      baseP99 = percentile(base.latencies, 99);
    }
    const baseRun = (b: typeof baseBefore) =>
      `${fmt(b.result.rate, 0)}/s, p99 ${fmt(percentile(b.result.latencies, 99))} ms`;
    add(
      `Write baseline: node:http + 1 INSERT, ${N.toLocaleString('en')} requests, ${CONNECTIONS} connections, run before the server's load (${baseRun(baseBefore)}) and after it (${baseRun(baseAfter)}); the faster is the baseline (p50 ${fmt(percentile(base.latencies, 50))} ms, p99 ${fmt(baseP99)} ms, RSS ${fmt(baseRssMb, 0)} MB)`,
      `${fmt(base.rate, 0)}/s`,
      '',
      baseBefore.result.failures === 0 && baseAfter.result.failures === 0,
    );
    results.push(...judgements.map((judge) => judge()));

    // --- SIGKILL during a broadcast of 20,000 e-mails, then a restart.
    rx.clear();
    const b = await post('/api/broadcasts', {
      countryId: w.country.id,
      areaId: w.north.id,
      title: 'Curfew',
      body: 'Stay indoors until further notice',
      channels: ['email'],
    });
    const broadcastRows = sql`message_id = ${`broadcast:${b.id}`}`;
    const killDeadline = Date.now() + 60_000;
    // Part-way through a round of the worker (rounds take 200 rows), so that some messages are
    // sent but not yet marked delivered when the process dies.
    while (rx.mail.length < N / 4 + 77 && Date.now() < killDeadline) await sleep(1);
    phases.push(`broadcast ${fmt(procKb(server.pid, 'VmHWM') / 1024, 0)}`);
    // Read before the kill: /proc/<pid> goes with the process.
    const peakMb = rss.stop();
    await server.kill();
    const atKill = rx.mail.length;
    const inFlight = await countWhere(sql`${broadcastRows} and status = 'sending'`);
    server = await startChild('./serve.ts', [databaseUrl], serverEnv);
    rss = rssSampler(server.pid);
    await untilDelivered(db, broadcastRows, 180_000, 100);
    await sleep(500);
    const rows = await countWhere(broadcastRows);
    const delivered = await countWhere(sql`${broadcastRows} and status = 'delivered'`);
    const attempts = await countWhere(sql`${broadcastRows} and attempts = 1`);
    const distinct = new Set(rx.mail).size;
    const duplicates = rx.mail.length - distinct;
    add(
      `SIGKILL of the server at ${atKill.toLocaleString('en')}/${N.toLocaleString('en')} e-mails of a broadcast, restart: rows ${rows}, delivered ${delivered} (${attempts} on the first attempt), distinct Message-IDs ${distinct}, duplicates ${duplicates} (≤ ${inFlight} in flight at the kill)`,
      `${delivered}/${N}`,
      'all once',
      rows === N && delivered === N && distinct === N && duplicates <= inFlight,
      {
        measured: unless(
          rows === N && delivered === N && distinct === N && duplicates <= inFlight,
          0,
        ),
        limit: 1,
      },
    );
    const peak = Math.max(peakMb, rss.stop());
    // Memory has no ratio target: the baseline's figure is shown beside it, the limit is absolute.
    results.push({
      name: `Server RSS, peak over the run (high-water mark after ${phases.join(', ')} MB)`,
      value: `${fmt(peak, 0)} MB`,
      baseline: `${fmt(baseRssMb, 0)} MB`,
      ratio: peak / baseRssMb,
      target: '< 400 MB',
      ok: peak < 400,
      measured: peak,
      limit: 400,
    });
    await server.stop();
    await rx.close();
  });
  return results;
}
