/**
 * The audit chainer's own cost per row (`npx tsx apps/server/bench/chain-probe.ts`; PER= rows per
 * writing statement, 100 by default, about 4 in a check-in burst): 50,000 check-in audit rows
 * are written, then linked, three times over, and this process's and PostgreSQL's CPU is divided
 * by the rows. Not a benchmark with a target (those are `npm run bench`).
 */
import { sql } from 'drizzle-orm';
import { chainAudit } from '../src/audit/audit.service.ts';
import { cpuMs, postgresCpuMs, scratchDatabase } from './util.ts';

const PER = Number(process.env.PER ?? 100);
const ROWS = 50_000;

await scratchDatabase(async (database) => {
  const db = database.db;
  await chainAudit(db);
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < ROWS / PER; i++)
      await db.execute(sql`
        insert into audit_log (at, actor_label, action, entity, entity_id, after)
        select now(), 'check-in link', 'crisis.checkin', 'crisis_person', gen_random_uuid()::text,
               jsonb_build_object('status', 'safe') from generate_series(1, ${PER})`);
    await new Promise((r) => setTimeout(r, 500));
    const c0 = cpuMs(process.pid);
    const p0 = postgresCpuMs();
    const t0 = performance.now();
    const n = await chainAudit(db);
    const wall = performance.now() - t0;
    // PostgreSQL's work for the round includes what it does just after (WAL, statistics).
    await new Promise((r) => setTimeout(r, 1500));
    const perRow = (ms: number) => ((1000 * ms) / n).toFixed(1);
    console.log(
      `linked ${n} rows: this process ${perRow(cpuMs(process.pid) - c0)} µs per row, PostgreSQL ${perRow(postgresCpuMs() - p0)} µs, wall ${wall.toFixed(0)} ms`,
    );
  }
});
process.exit(0);
