import { spawn } from 'node:child_process';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectPostgres, type Database } from '../db/client.ts';
import { outboundMessages, people } from '../db/schema/index.ts';
import { buildWorld } from '../../test/factories.ts';
import { withDatabase } from '../../test/global-setup.ts';
import { emailAdapter } from './adapters.ts';
import { enqueue } from './queue.ts';
import { deliverDue } from './worker.ts';

const url = inject('pgUrl');
const template = inject('pgTemplate');

/** Needs a real PostgreSQL: two processes share the queue. */
describe.runIf(url && template)('delivery survives a killed process', () => {
  let database: Database;
  afterAll(async () => {
    await database?.close();
  });

  it('a worker killed with SIGKILL mid-broadcast loses nothing: every message is delivered and marked once', async () => {
    const name = `fs_kill_${inject('runId')}_${process.pid}`;
    const admin = new pg.Client({ connectionString: url! });
    await admin.connect();
    await admin.query(`create database ${name} template ${template!}`);
    await admin.end();
    const dbUrl = withDatabase(url!, name);
    database = connectPostgres(dbUrl, 4);
    const db = database.db;
    const w = await buildWorld(db);
    const N = 20_000;
    const rows: { id: string }[] = [];
    for (let from = 0; from < N; from += 2000)
      rows.push(
        ...(await db
          .insert(people)
          .values(
            Array.from({ length: Math.min(2000, N - from) }, (_, k) => ({
              kind: 'personnel',
              organizationId: w.orgA.id,
              givenName: `G${from + k}`,
              familyName: `F${from + k}`,
              email: `k${from + k}@example.org`,
              countryId: w.country.id,
              areaId: w.capital.id,
              dutyStationId: w.city.id,
            })),
          )
          .returning({ id: people.id })),
      );
    await enqueue(
      db,
      { messageId: 'broadcast:kill', template: 'broadcast', channels: ['email'] },
      rows.map((r) => ({ personId: r.id, params: { title: 'Curfew', body: 'Stay indoors' } })),
    );

    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          received.push(/^Message-ID:\s*(\S+)/im.exec(data)?.[1] ?? '');
          callback();
        });
      },
    });
    // The killed worker resets its connections mid-message: not an error of the receiver.
    smtp.on('error', () => {});
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'kill-child.ts')],
      {
        env: { ...process.env, KILL_TEST_DATABASE_URL: dbUrl, KILL_TEST_SMTP_URL: smtpUrl },
        stdio: 'ignore',
      },
    );
    // Kill it once it is part-way through.
    const deadline = Date.now() + 60_000;
    while (received.length < N / 4 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const atKill = received.length;
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(N);

    // Restart: a new worker takes over, including the rows the dead one held.
    const adapters = { email: emailAdapter(smtpUrl) };
    const restartDeadline = Date.now() + 120_000;
    while (Date.now() < restartDeadline) {
      const taken = await deliverDue(db, adapters, { concurrency: 500 });
      const [left] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(outboundMessages)
        .where(sql`${outboundMessages.status} <> 'delivered'`);
      if (left?.n === 0) break;
      if (taken === 0) await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise<void>((r) => smtp.close(() => r()));

    const all = await db.select().from(outboundMessages);
    expect(all).toHaveLength(N);
    expect(all.every((r) => r.status === 'delivered')).toBe(true);
    // Every recipient got the message; a retry of one already accepted carries the same
    // Message-ID, so the receiver sees N distinct messages.
    const distinct = new Set(received);
    expect(distinct.size).toBe(N);
    // Only messages in flight at the moment of the kill can be sent twice: the child's two
    // lanes of 50 (kill-child.ts).
    expect(received.length - N).toBeLessThanOrEqual(100);
  }, 240_000);
});
