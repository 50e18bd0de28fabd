import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { notifications, outboundMessages, people } from '../db/schema/index.ts';
import { buildPerson, buildWorld, type World } from '../../test/factories.ts';
import { testDatabase } from '../../test/harness.ts';
import { smtpReceiver } from '../../test/smtp.ts';
import { emailAdapter, inAppAdapter, smsWebhookAdapter } from './adapters.ts';
import { enqueue } from './queue.ts';
import { deliverDue, startDeliveryWorker, type Adapters } from './worker.ts';

/** A local HTTP receiver on loopback; answers 500 to the first `failures` requests. */
async function httpReceiver(failures = 0) {
  const accepted: { key: string; body: unknown }[] = [];
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => {
      calls += 1;
      if (calls <= failures) {
        res.writeHead(500).end('down');
        return;
      }
      accepted.push({ key: String(req.headers['idempotency-key']), body: JSON.parse(data) });
      res.writeHead(202).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    accepted,
    calls: () => calls,
    url: `http://127.0.0.1:${port}/sms`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function drain(db: Db, adapters: Adapters, rounds = 50, pauseMs = 30) {
  for (let i = 0; i < rounds; i++) {
    const taken = await deliverDue(db, adapters, { backoffMs: 20, concurrency: 50 });
    const [due] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(outboundMessages)
      .where(sql`${outboundMessages.status} in ('queued', 'sending')`);
    if (taken === 0 && due?.n === 0) return;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}

describe('durable delivery queue', () => {
  let db: Db;
  let w: World;
  let closeDb: () => Promise<void>;
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.db;
    closeDb = () => database.close();
    w = await buildWorld(db);
  });
  afterAll(async () => {
    for (const c of closers) await c();
    await closeDb();
  });

  it('delivers each message exactly once per recipient and channel, even when enqueued twice', async () => {
    const smtp = await smtpReceiver();
    const sms = await httpReceiver();
    closers.push(smtp.close, sms.close);
    const recipients = [];
    for (let i = 0; i < 12; i++) {
      const p = await buildPerson(db, w);
      await db
        .update(people)
        .set({ phone: `+1555000${i}` })
        .where(eq(people.id, p.id));
      recipients.push({ personId: p.id, params: { title: 'Flooding', body: 'Stay home' } });
    }
    const message = {
      messageId: `broadcast:${w.code}:1`,
      template: 'broadcast' as const,
      countryId: w.country.id,
      channels: ['in_app', 'email', 'sms'] as const,
    };
    expect(await enqueue(db, message, recipients)).toBe(36);
    expect(await enqueue(db, message, recipients)).toBe(0);
    const adapters: Adapters = {
      in_app: inAppAdapter(db),
      email: emailAdapter(smtp.url),
      sms: smsWebhookAdapter(sms.url),
    };
    // Two workers compete for the same rows: SKIP LOCKED keeps them apart.
    await Promise.all([drain(db, adapters), drain(db, adapters)]);

    expect(smtp.received).toHaveLength(12);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(12);
    expect(sms.accepted).toHaveLength(12);
    expect(new Set(sms.accepted.map((m) => m.key)).size).toBe(12);
    const rows = await db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.messageId, message.messageId));
    expect(rows).toHaveLength(36);
    expect(rows.every((r) => r.status === 'delivered' && r.attempts === 1 && r.deliveredAt)).toBe(
      true,
    );
    // Queue ids are time-ordered (UUID v7): their first 48 bits are the enqueue time in ms.
    for (const r of rows) {
      expect(r.id[14]).toBe('7');
      const ms = parseInt(r.id.replace(/-/g, '').slice(0, 12), 16);
      expect(Math.abs(ms - r.createdAt.getTime())).toBeLessThan(60_000);
    }
    // The SMTP Message-ID and the SMS Idempotency-Key are the queue row's id.
    const emailIds = rows.filter((r) => r.channel === 'email').map((r) => `<${r.id}@fieldsafe>`);
    expect(smtp.received.map((m) => m.messageId).sort()).toEqual(emailIds.sort());
    const inApp = await db
      .select()
      .from(notifications)
      .where(eq(notifications.cause, `msg:${message.messageId}`));
    expect(inApp).toHaveLength(12);
  });

  it('a warden cascade lands in the notification centre as its own kind, opening the call list', async () => {
    const warden = await buildPerson(db, w);
    const messageId = `crisis:${w.code}:cascade:zone`;
    await enqueue(db, { messageId, template: 'warden.cascade', channels: ['in_app'] }, [
      {
        personId: warden.id,
        params: {
          title: 'Flooding',
          zone: 'Zone 1',
          count: 2,
          names: 'A; B',
          path: '/crisis/x#call-list',
        },
      },
    ]);
    await drain(db, { in_app: inAppAdapter(db) });
    const [note] = await db
      .select()
      .from(notifications)
      .where(eq(notifications.cause, `msg:${messageId}`));
    expect(note).toMatchObject({ kind: 'warden_cascade', link: '/crisis/x#call-list' });
    // Any other queued message stays a plain message.
    const other = await db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.cause, `msg:broadcast:${w.code}:1`))
      .limit(1);
    expect(other.map((o) => o.kind)).toEqual(['message']);
  });

  it('retries a failing receiver with exponential back-off until it accepts', async () => {
    const sms = await httpReceiver(2);
    closers.push(sms.close);
    const p = await buildPerson(db, w);
    await db.update(people).set({ phone: '+15551234' }).where(eq(people.id, p.id));
    const messageId = `broadcast:${w.code}:retry`;
    await enqueue(db, { messageId, template: 'broadcast', channels: ['sms'] }, [
      { personId: p.id, params: { title: 'T', body: 'B' } },
    ]);
    const adapters: Adapters = { sms: smsWebhookAdapter(sms.url) };
    await deliverDue(db, adapters, { backoffMs: 200 });
    const [afterFirst] = await db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.messageId, messageId));
    expect(afterFirst?.status).toBe('queued');
    expect(afterFirst?.attempts).toBe(1);
    expect(afterFirst?.lastError).toContain('500');
    // Not due yet: the back-off holds it.
    expect(await deliverDue(db, adapters, { backoffMs: 200 })).toBe(0);
    await drain(db, adapters, 100, 50);
    const [row] = await db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.messageId, messageId));
    expect(row?.status).toBe('delivered');
    expect(row?.attempts).toBe(3);
    expect(sms.calls()).toBe(3);
    expect(sms.accepted).toHaveLength(1);
  });

  it('re-delivers a message left in sending by a killed process once its lock expires', async () => {
    const smtp = await smtpReceiver();
    closers.push(smtp.close);
    const stuck = await buildPerson(db, w);
    const held = await buildPerson(db, w);
    const messageId = `broadcast:${w.code}:stuck`;
    await enqueue(db, { messageId, template: 'broadcast', channels: ['email'] }, [
      { personId: stuck.id, params: { title: 'T', body: 'B' } },
      { personId: held.id, params: { title: 'T', body: 'B' } },
    ]);
    await db
      .update(outboundMessages)
      .set({ status: 'sending', lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(outboundMessages.recipientId, stuck.id));
    await db
      .update(outboundMessages)
      .set({ status: 'sending', lockedUntil: sql`now() + interval '1 hour'` })
      .where(eq(outboundMessages.recipientId, held.id));
    const worker = startDeliveryWorker(db, { email: emailAdapter(smtp.url) }, { pollMs: 20 });
    await new Promise((r) => setTimeout(r, 400));
    await worker.stop();
    expect(smtp.received.map((m) => m.to)).toEqual([stuck.email]);
    const rows = await db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.messageId, messageId));
    const byPerson = new Map(rows.map((r) => [r.recipientId, r.status]));
    expect(byPerson.get(stuck.id)).toBe('delivered');
    expect(byPerson.get(held.id)).toBe('sending');
  });

  it('keeps its claim while a slow receiver holds a round past the lock: a second worker sends nothing twice', async () => {
    const person = await buildPerson(db, w);
    const messageId = `broadcast:${w.code}:slow`;
    await enqueue(db, { messageId, template: 'broadcast', channels: ['email'] }, [
      { personId: person.id, params: { title: 'T', body: 'B' } },
    ]);
    const sent: string[] = [];
    const slow: Adapters = {
      email: {
        async send(d) {
          await new Promise((r) => setTimeout(r, 2_500));
          sent.push(d.id);
        },
      },
    };
    const options = { lockSeconds: 1 };
    const first = deliverDue(db, slow, options);
    // Well past the first worker's one-second lock, while its send is still on the wire.
    await new Promise((r) => setTimeout(r, 1_700));
    const second = await deliverDue(db, slow, options);
    expect(await first).toBe(1);
    expect(second).toBe(0);
    expect(sent).toHaveLength(1);
    const [row] = await db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.messageId, messageId));
    expect(row?.status).toBe('delivered');
  });

  it('claims the messages due the longest first, one round of `concurrency` at a time', async () => {
    const group = await Promise.all([1, 2, 3, 4, 5].map(() => buildPerson(db, w)));
    const messageId = `broadcast:${w.code}:order`;
    await enqueue(
      db,
      { messageId, template: 'broadcast', channels: ['email'] },
      group.map((p) => ({ personId: p.id, params: { title: 'T', body: 'B' } })),
    );
    // Due a day ago and more (before anything else queued here), in an order unlike the rows'.
    const minutesLate = [3, 9, 1, 7, 5];
    for (const [i, p] of group.entries())
      await db
        .update(outboundMessages)
        .set({
          nextAttemptAt: sql`now() - interval '1 day' - make_interval(mins => ${minutesLate[i]!})`,
        })
        .where(eq(outboundMessages.recipientId, p.id));
    const sentTo: string[] = [];
    const recording: Adapters = {
      email: {
        async send(d) {
          sentTo.push(d.recipientId);
        },
      },
    };
    expect(await deliverDue(db, recording, { concurrency: 2 })).toBe(2);
    expect(new Set(sentTo)).toEqual(new Set([group[1]!.id, group[3]!.id]));
    expect(await deliverDue(db, recording, { concurrency: 2 })).toBe(2);
    expect(new Set(sentTo.slice(2))).toEqual(new Set([group[4]!.id, group[0]!.id]));
    const rows = await db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.messageId, messageId));
    expect(rows.filter((r) => r.status === 'queued').map((r) => r.recipientId)).toEqual([
      group[2]!.id,
    ]);
  });

  it('renders the recipient’s language: French for a French-speaking user', async () => {
    const { render } = await import('./templates.ts');
    expect(render('crisis.checkin', 'fr', { title: 'Séisme', link: 'x' }).subject).toBe(
      'Signalez-vous : Séisme',
    );
    expect(render('crisis.checkin', 'de', { title: 'Quake', link: 'x' }).subject).toBe(
      'Check in: Quake',
    );
  });
});
