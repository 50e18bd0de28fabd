/**
 * Two server processes on one PostgreSQL (`npm run bench -- cluster`), each with its delivery
 * worker, a local SMTP receiver and SMS webhook on loopback:
 * - a crisis declared on one process for 20,000 people, delivered by both workers;
 * - 20,000 check-ins on one process, then 20,000 spread over both: throughput ≥ 1.6× one process;
 * - the status board read from each process: identical counts;
 * - SIGKILL of one process part-way through a broadcast of 20,000 e-mails: the other takes its
 *   claimed rows over; every message delivered and marked once, duplicates at the receiver only
 *   among those in flight at the kill (counted).
 */
import { sql } from 'drizzle-orm';
import { call, load, signIn } from './client.ts';
import {
  byChannel,
  checkinPaths,
  countOutbound,
  crisisWorld,
  receivers,
  untilDelivered,
} from './crisis.ts';
import {
  percentile,
  rateResult,
  scratchDatabase,
  size,
  startChild,
  type BenchResult,
} from './util.ts';

const N = size(20_000, 500);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const LOCK_SECONDS = 5;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function benchCluster(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await scratchDatabase(async (database, databaseUrl) => {
    const db = database.db;
    const { w, csa } = await crisisWorld(db, 'Clusterland', N);
    const count = (where: ReturnType<typeof sql>) => countOutbound(db, where);
    const rx = await receivers();
    const env = {
      BENCH_DELIVERY: '1',
      BENCH_DELIVERY_LOCK_SECONDS: String(LOCK_SECONDS),
      FIELDSAFE_SMTP_URL: rx.smtpUrl,
      FIELDSAFE_SMS_WEBHOOK_URL: rx.smsUrl,
      FIELDSAFE_SMS_RATE: '100000',
    };
    const a = await startChild('./serve.ts', [databaseUrl], env);
    const b = await startChild('./serve.ts', [databaseUrl], env);
    let bAlive = true;
    try {
      // A session made on one process is valid on the other (sessions live in the database).
      const session = await signIn(a.url, csa.email);

      // --- A crisis declared on A; both workers deliver its messages.
      const t0 = performance.now();
      const crisis = await call<{ id: string }>(a.url, session, '/api/crises', {
        countryId: w.country.id,
        areaId: w.north.id,
        title: 'Earthquake in the North',
        tokenHours: 72,
      });
      const rows = sql`message_id = ${`crisis:${crisis.id}:checkin`}`;
      const queued = await count(rows);
      await untilDelivered(db, rows, 300_000, 50);
      const deliverySeconds = (performance.now() - t0) / 1000;
      const { emails, texts } = await byChannel(db, rows);
      const delivered = await count(sql`${rows} and status = 'delivered'`);
      const receivedOnce =
        delivered === queued &&
        queued === 3 * N &&
        new Set(rx.mail).size === emails &&
        rx.mail.length === emails &&
        new Set(rx.sms).size === texts &&
        rx.sms.length === texts;
      results.push({
        name: `Crisis for ${N.toLocaleString('en')} people declared on one process, ${queued.toLocaleString('en')} messages delivered by both workers (${rx.mail.length} mails, ${rx.sms.length} SMS received)`,
        value: `${(queued / deliverySeconds).toFixed(0)}/s (${deliverySeconds.toFixed(1)} s)`,
        target: 'each message once',
        ok: receivedOnce,
        measured: receivedOnce ? 0 : NaN,
        limit: 1,
      });

      // --- Check-ins: on one process, then spread over both (the same number of connections).
      const paths = await checkinPaths(db, rows);
      await load(a.url, paths.slice(0, 1000), '{"status":"need_help"}', CONNECTIONS);
      await load(b.url, paths.slice(0, 1000), '{"status":"need_help"}', CONNECTIONS);
      const one = await load(a.url, paths, '{"status":"need_help"}', CONNECTIONS);
      const s = performance.now();
      const [onA, onB] = await Promise.all([
        load(
          a.url,
          paths.filter((_, i) => i % 2 === 0),
          '{"status":"safe"}',
          CONNECTIONS / 2,
        ),
        load(
          b.url,
          paths.filter((_, i) => i % 2 === 1),
          '{"status":"safe"}',
          CONNECTIONS / 2,
        ),
      ]);
      const both = paths.length / ((performance.now() - s) / 1000);
      const failures = one.failures + onA.failures + onB.failures;
      const p99 = percentile(
        [...onA.latencies, ...onB.latencies].sort((x, y) => x - y),
        99,
      );
      type Board = { counts: { safe: number; needHelp: number; noAnswer: number; total: number } };
      const [boardA, boardB] = await Promise.all([
        call<Board>(a.url, session, `/api/crises/${crisis.id}/board`),
        call<Board>(b.url, session, `/api/crises/${crisis.id}/board`),
      ]);
      const same = JSON.stringify(boardA.counts) === JSON.stringify(boardB.counts);
      results.push(
        rateResult({
          name: `${N.toLocaleString('en')} check-ins spread over two processes (p99 ${p99.toFixed(1)} ms; ${failures} failed), vs the same on one process`,
          measured: both,
          baseline: one.rate,
          limit: 1.6,
          correct: failures === 0,
        }),
        {
          name: `Status board read from each process after the check-ins: ${JSON.stringify(boardA.counts)} and ${JSON.stringify(boardB.counts)}`,
          value: same && boardA.counts.safe === N ? 'identical' : 'different',
          target: `identical, ${N.toLocaleString('en')} safe`,
          ok: same && boardA.counts.safe === N,
          measured: same && boardA.counts.safe === N ? 0 : NaN,
          limit: 1,
        },
      );

      // --- SIGKILL of one process part-way through a broadcast both are delivering.
      rx.clear();
      const broadcast = await call<{ id: string }>(a.url, session, '/api/broadcasts', {
        countryId: w.country.id,
        areaId: w.north.id,
        title: 'Curfew',
        body: 'Stay indoors until further notice',
        channels: ['email'],
      });
      const bRows = sql`message_id = ${`broadcast:${broadcast.id}`}`;
      const killDeadline = Date.now() + 60_000;
      while (rx.mail.length < N / 4 + 77 && Date.now() < killDeadline) await sleep(1);
      await b.kill();
      bAlive = false;
      const atKill = rx.mail.length;
      const inFlight = await count(sql`${bRows} and status = 'sending'`);
      await untilDelivered(db, bRows, 180_000, 100);
      await sleep(500);
      const total = await count(bRows);
      const done = await count(sql`${bRows} and status = 'delivered'`);
      const distinct = new Set(rx.mail).size;
      const duplicates = rx.mail.length - distinct;
      const once = total === N && done === N && distinct === N && duplicates <= inFlight;
      results.push({
        name: `SIGKILL of one of two processes at ${atKill.toLocaleString('en')}/${N.toLocaleString('en')} e-mails of a broadcast; the other finishes: rows ${total}, delivered ${done}, distinct Message-IDs ${distinct}, duplicates ${duplicates} (≤ ${inFlight} in flight at the kill)`,
        value: `${done}/${N}`,
        target: 'all once',
        ok: once,
        measured: once ? 0 : NaN,
        limit: 1,
      });
    } finally {
      await a.stop();
      if (bAlive) await b.stop();
      await rx.close();
    }
  });
  return results;
}
