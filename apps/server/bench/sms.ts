/**
 * Inbound SMS benchmark on the real PostgreSQL (issue 14), with the server in a child process:
 * - the check-in baseline of the same run: N answers through the public check-in endpoint (each
 *   person's own token), and the bare baseline (baseline.ts: node:http + one INSERT);
 * - N inbound SMS replies through `POST /api/sms/inbound`, each signed (HMAC-SHA256 of its raw
 *   body), from each person's own number, in en/fr/es/ar, each with its gateway message id: the
 *   rate at which the webhook stores and answers them;
 * - nothing lost, once the worker has applied them all: every reply logged once, every answer on
 *   the board as `sms`, one confirmation queued per reply.
 */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../src/db/client.ts';
import { people } from '../src/db/schema/index.ts';
import { signGeneric } from '../src/sms/signature.ts';
import { buildUser, buildWorld } from '../test/factories.ts';
import { call, closedLoop, load, signIn } from './client.ts';
import { baselineRound, checkinPaths } from './crisis.ts';
import { percentile, scratchDatabase, size, startChild, type BenchResult } from './util.ts';

const N = size(20_000, 1_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECRET = 'bench-inbound-secret-0123456789abcdef';
const TEXTS = [
  '1',
  'SAFE',
  'sûr',
  'OK',
  'AIDE bloqué au bureau',
  'مساعدة',
  'ayuda',
  '2 need water',
];

const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A closed-loop load of signed JSON posts, each with its own body (and so its own signature). */
function loadSigned(base: string, path: string, bodies: string[], connections: number) {
  return closedLoop(
    base,
    bodies.length,
    (i) => {
      const body = bodies[i] ?? '';
      return { path, body, headers: { 'x-fieldsafe-signature': signGeneric(SECRET, body) } };
    },
    connections,
  );
}

export async function benchSms(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await scratchDatabase(async (database, databaseUrl) => {
    const db = database.db;
    const w = await buildWorld(db, 'Smsland');
    const csa = await buildUser(db, w, 'CSA');
    const phone = (i: number) => `+2547${String(12_000_000 + i).padStart(8, '0')}`;
    for (let i = 0; i < N; i += 2000)
      await db.insert(people).values(
        Array.from({ length: Math.min(2000, N - i) }, (_, j) => ({
          kind: 'personnel',
          organizationId: w.orgA.id,
          givenName: `Given${i + j}`,
          familyName: `Family${i + j}`,
          phone: phone(i + j),
          countryId: w.country.id,
          areaId: w.north.id,
          dutyStationId: w.town.id,
          zoneId: w.zone3.id,
        })),
      );
    await db.execute(sql`vacuum analyze`);
    const server = await startChild('./serve.ts', [databaseUrl], {
      FIELDSAFE_SMS_INBOUND_SECRET: SECRET,
    });
    try {
      // The CSA's role requires a second factor: passed through the API like a person.
      const session = await signIn(server.url, csa.email);
      const crisis = await call<{ id: string }>(server.url, session, '/api/crises', {
        countryId: w.country.id,
        areaId: w.north.id,
        title: 'Bench',
      });

      // --- Baselines of the same run: bare node:http + INSERT, and the check-in endpoint.
      const baseline = await startChild('./baseline.ts', [databaseUrl], {});
      await baselineRound(baseline.url, 'warmup', 1000);
      const bare = await baselineRound(baseline.url, 'token', N);
      await baseline.stop();
      const paths = await checkinPaths(db, sql`message_id = ${`crisis:${crisis.id}:checkin`}`);
      await load(server.url, paths.slice(0, 1000), '{"status":"need_help"}', CONNECTIONS);
      const checkin = await load(server.url, paths, '{"status":"safe"}', CONNECTIONS);
      results.push({
        name: `Check-in baseline: ${N.toLocaleString('en')} check-ins by link, ${CONNECTIONS} connections (${checkin.failures} failed; p99 ${fmt(percentile(checkin.latencies, 99))} ms) (bare node:http + INSERT ${fmt(bare.rate, 0)}/s)`,
        value: `${fmt(checkin.rate, 0)}/s`,
        target: '',
        ok: checkin.failures === 0 && paths.length === N,
      });

      // --- Inbound SMS: warm-up with replies from 1,000 unknown numbers (logged, not applied).
      const warm = Array.from({ length: 1000 }, (_, i) =>
        JSON.stringify({
          from: `+2547${String(13_000_000 + i).padStart(8, '0')}`,
          text: '1',
          gatewayMessageId: `warm-${i}`,
        }),
      );
      await loadSigned(server.url, '/api/sms/inbound', warm, CONNECTIONS);
      const bodies = Array.from({ length: N }, (_, i) =>
        JSON.stringify({
          from: phone(i),
          text: TEXTS[i % TEXTS.length],
          receivedAt: new Date().toISOString(),
          gatewayMessageId: `bench-${i}`,
        }),
      );
      const run = await loadSigned(server.url, '/api/sms/inbound', bodies, CONNECTIONS);
      // The webhook stores and answers; the worker applies. Nothing is counted before it drains.
      const drainStarted = performance.now();
      for (;;) {
        const waiting = await rowsOf<{ n: number }>(
          db,
          sql`select count(*)::int n from sms_inbound where outcome = 'received'`,
        );
        if (waiting[0]!.n === 0 || performance.now() - drainStarted > 600_000) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const drainMs = performance.now() - drainStarted;
      const counts = await rowsOf<{ logged: number; answered: number; confirmations: number }>(
        db,
        sql`
        select
          (select count(*)::int from sms_inbound where gateway_message_id like 'generic:bench-%'
              and outcome = 'applied') as logged,
          (select count(*)::int from crisis_people where crisis_id = ${crisis.id}
              and answered_via = 'sms') as answered,
          (select count(*)::int from outbound_messages o join sms_inbound s
              on o.message_id = 'sms:' || s.id where s.gateway_message_id like 'generic:bench-%'
          ) as confirmations`,
      );
      const c = counts[0]!;
      const complete =
        run.failures === 0 && c.logged === N && c.answered === N && c.confirmations === N;
      const ratio = run.rate / checkin.rate;
      results.push({
        name: `${N.toLocaleString('en')} signed inbound SMS replies, ${CONNECTIONS} connections (${run.failures} failed; ${c.logged} logged, ${c.answered} on the board as SMS, ${c.confirmations} confirmations queued; p99 ${fmt(percentile(run.latencies, 99))} ms; worker drained ${fmt(drainMs / 1000)} s after the last answer) (×${fmt(ratio, 2)} the check-in baseline, ×${fmt(run.rate / bare.rate, 2)} bare)`,
        value: `×${fmt(ratio, 2)}`,
        target: '≥ ×1.0 check-in baseline, nothing lost',
        ok: complete && ratio >= 1,
        measured: complete ? ratio : NaN,
        limit: 1,
        higherIsBetter: true,
      });
    } finally {
      await server.stop();
    }
  });
  return results;
}
