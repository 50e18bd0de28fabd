import { and, count, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrisisService } from '../crisis/crisis.service.ts';
import { outboundMessages, people, smsInbound } from '../db/schema/index.ts';
import { inAppAdapter } from '../messaging/adapters.ts';
import { deliverDue, type Adapters } from '../messaging/worker.ts';
import { buildUser, buildWorld, signIn, type Client } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { checkinPathsOf } from '../../test/checkin-links.ts';
import { smsGatewayAdapter } from './gateways.ts';
import { startLocalSmsGateway, type LocalSmsGateway } from './local-gateway.ts';
import { smsInboundOf } from './sms.routes.ts';

const SECRET = 'acceptance-inbound-secret-0123456789';
const N = 1000;
const CONFIRMATION = /^(Thank you\. Recorded|Merci\. Réponse|Gracias\. Respuesta|شكرا\. تم)/;

/** Acceptance (issue 14): 1,000 people; 600 answer by SMS, 200 by link, 200 stay silent. */
describe('field reach acceptance: two-way SMS check-in for 1,000 people', () => {
  let t: TestApp;
  let gateway: LocalSmsGateway;
  let csa: Client;
  let crisisId: string;
  let declaredAt: Date;
  let adapters: Adapters;
  const phone = (i: number) => `+2547${String(12_000_000 + i).padStart(8, '0')}`;
  const ids: string[] = [];
  const zoneOf: string[] = [];

  /**
   * Runs the delivery worker's rounds until nothing is left to send on its channels: a round that
   * takes nothing while rows wait (deferred by the gateway's send rate, or retried after a failed
   * attempt on a busy machine) is followed by another a moment later, not taken for the end.
   */
  const deliverAll = async () => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if ((await deliverDue(t.database.db, adapters, { concurrency: 200 })) > 0) continue;
      const [left] = await t.database.db
        .select({ n: count() })
        .from(outboundMessages)
        .where(
          and(
            inArray(outboundMessages.status, ['queued', 'sending']),
            inArray(outboundMessages.channel, ['in_app', 'sms']),
          ),
        );
      if (!left?.n) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  /** The board with all its people (it sends them 200 a page at most). */
  const wholeBoard = async () => {
    const first = await csa.get(`/api/crises/${crisisId}/board?pageSize=200`);
    const people = [...(first.body.people as unknown[])];
    for (let page = 2; people.length < (first.body.peopleTotal as number); page++) {
      const next = await csa.get(`/api/crises/${crisisId}/board?pageSize=200&page=${page}`);
      people.push(...(next.body.people as unknown[]));
    }
    return { ...first, body: { ...first.body, people } };
  };

  beforeAll(async () => {
    t = await testApp({
      smsInbound: { secret: SECRET },
      publicUrl: 'http://127.0.0.1',
    });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    gateway = await startLocalSmsGateway({ serverUrl: address, secret: SECRET });
    adapters = {
      in_app: inAppAdapter(t.database.db),
      sms: smsGatewayAdapter(
        [
          {
            kind: 'webhook',
            country: '*',
            url: gateway.webhookUrl,
            rate: 5000,
            pricePerSegment: 0.05,
          },
        ],
        { statusCallback: `${address}/api/sms/status` },
      ),
    };
    const db = t.database.db;
    const w = await buildWorld(db);
    const elsewhere = await buildWorld(db, 'Elsewhere');
    // The officials live elsewhere, so the crisis enrols exactly the 1,000.
    const away = { station: elsewhere.city, zone: elsewhere.zone1 };
    csa = await signIn(t.app, (await buildUser(db, w, 'CSA', {}, away)).email);
    await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone1.id }, away);
    await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone2.id }, away);
    const rows = Array.from({ length: N }, (_, i) => ({
      kind: 'personnel',
      staffId: `ACC-${i}`,
      organizationId: w.orgA.id,
      category: 'local',
      givenName: `Person${i}`,
      familyName: `Acceptance`,
      email: `acc${i}@example.org`,
      phone: phone(i),
      countryId: w.country.id,
      areaId: w.city.areaId,
      dutyStationId: w.city.id,
      zoneId: i % 2 === 0 ? w.zone1.id : w.zone2.id,
    }));
    for (let i = 0; i < N; i += 250) {
      const inserted = await db
        .insert(people)
        .values(rows.slice(i, i + 250))
        .returning({ id: people.id, zoneId: people.zoneId, staffId: people.staffId });
      inserted.sort((a, b) => Number(a.staffId!.slice(4)) - Number(b.staffId!.slice(4)));
      for (const r of inserted) {
        ids.push(r.id);
        zoneOf.push(r.zoneId!);
      }
    }
    const res = await csa.post('/api/crises', { countryId: w.country.id, title: 'Flooding' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    crisisId = res.body.id;
    declaredAt = new Date(res.body.declaredAt);
    // The check-in requests go out by SMS to all 1,000.
    await deliverAll();
  }, 120_000);

  afterAll(async () => {
    await gateway.close();
  });

  const SMS_TEXTS = [
    '1',
    'SAFE',
    'sûr',
    'AIDE coincé au bureau',
    'مساعدة الطريق مغلق',
    'ayuda por favor',
  ];
  const smsStatus = (i: number) => (i % 6 < 3 ? 'safe' : 'need_help');

  it('600 signed SMS replies (mixed languages, some malformed, some replayed) and 200 link answers are all counted; 200 stay silent', async () => {
    const malformed = [...Array(600).keys()].filter((i) => i % 10 === 7);
    for (let k = 0; k < malformed.length; k += 30)
      await Promise.all(
        malformed.slice(k, k + 30).map(async (i) => {
          const r = await gateway.reply({
            from: phone(i),
            text: 'hello? what happened',
            gatewayMessageId: `bad-${i}`,
          });
          expect(r.body).toMatchObject({ outcome: 'received' });
        }),
      );
    for (let k = 0; k < 600; k += 50)
      await Promise.all(
        Array.from({ length: 50 }, (_, j) => k + j).map(async (i) => {
          const r = await gateway.reply({
            from: phone(i),
            text: SMS_TEXTS[i % 6]!,
            gatewayMessageId: `ok-${i}`,
          });
          expect(r.status).toBe(200);
          // Stored at once; the worker applies it shortly after.
          expect(r.body).toMatchObject({ outcome: 'received' });
        }),
      );
    // Replays of stored messages (a gateway retrying) change nothing, even with other text.
    const replayed = [...Array(600).keys()].filter((i) => i % 8 === 1);
    await Promise.all(
      replayed.map(async (i) => {
        const r = await gateway.reply({ from: phone(i), text: '2', gatewayMessageId: `ok-${i}` });
        expect(r.body).toMatchObject({ outcome: 'duplicate' });
      }),
    );
    // The worker applies every stored message: each logged once with its outcome.
    await smsInboundOf(t.app).drain();
    const outcomes = await t.database.db
      .select({ outcome: smsInbound.outcome, n: count() })
      .from(smsInbound)
      .groupBy(smsInbound.outcome);
    expect(Object.fromEntries(outcomes.map((o) => [o.outcome, o.n]))).toEqual({
      applied: 600,
      unparsed: 60,
    });
    // 200 answer with their link.
    const pathOf = await checkinPathsOf(t.database.db, `crisis:${crisisId}:checkin`);
    for (let k = 600; k < 800; k += 50)
      await Promise.all(
        Array.from({ length: 50 }, (_, j) => k + j).map(async (i) => {
          const token = pathOf.get(ids[i]!)!.replace('/checkin/', '');
          const r = await t.app.inject({
            method: 'POST',
            url: `/api/checkin/${token}`,
            payload: { status: i % 2 === 0 ? 'safe' : 'need_help' },
          });
          expect(r.statusCode).toBe(200);
        }),
      );

    const board = await wholeBoard();
    expect(board.body.counts).toEqual({ total: 1000, safe: 400, needHelp: 400, noAnswer: 200 });
    const byId = new Map(
      (board.body.people as { personId: string; status: string; answeredVia: string | null }[]).map(
        (p) => [p.personId, p],
      ),
    );
    for (let i = 0; i < 600; i++)
      expect(byId.get(ids[i]!), `person ${i}`).toMatchObject({
        status: smsStatus(i),
        answeredVia: 'sms',
      });
    for (let i = 600; i < 800; i++)
      expect(byId.get(ids[i]!)).toMatchObject({ answeredVia: 'checkin' });
    for (let i = 800; i < N; i++) expect(byId.get(ids[i]!)?.status).toBe('no_answer');
  }, 120_000);

  it('every confirmation SMS reaches the local gateway exactly once, with its delivery receipt recorded', async () => {
    await deliverAll();
    for (let i = 0; i < 600; i++) {
      const confirmations = gateway.to(phone(i)).filter((m) => CONFIRMATION.test(m.text));
      expect(confirmations, `person ${i}`).toHaveLength(1);
    }
    for (let i = 600; i < N; i++)
      expect(gateway.to(phone(i)).filter((m) => CONFIRMATION.test(m.text))).toHaveLength(0);
    // The malformed got the choices once.
    expect(gateway.to(phone(7)).filter((m) => m.text.startsWith('Reply 1 or SAFE'))).toHaveLength(
      1,
    );
    // Receipts are posted back by the gateway as it accepts each message.
    await expect
      .poll(
        async () =>
          (
            await t.database.db
              .select({ id: outboundMessages.id })
              .from(outboundMessages)
              .where(
                and(
                  eq(outboundMessages.template, 'sms.reply'),
                  eq(outboundMessages.receiptStatus, 'delivered'),
                ),
              )
          ).length,
        { timeout: 20_000 },
      )
      .toBe(600 + 60);
  }, 120_000);

  it('the silent 200 are reminded at 15 and 45 minutes, then put on their wardens’ call lists and the CSA told', async () => {
    const service = createCrisisService(t.database.db);
    const at = (minutes: number) => new Date(declaredAt.getTime() + minutes * 60_000);
    expect(await service.runReminders(at(10))).toBe(0);
    expect(await service.runReminders(at(16))).toBe(1);
    expect(await service.runReminders(at(17))).toBe(0);
    await deliverAll();
    const reminded = (n: number) =>
      t.database.db
        .select({ recipientId: outboundMessages.recipientId })
        .from(outboundMessages)
        .where(
          and(
            eq(outboundMessages.messageId, `crisis:${crisisId}:reminder:${n}`),
            eq(outboundMessages.channel, 'sms'),
          ),
        );
    const silent = new Set(ids.slice(800));
    expect(new Set((await reminded(1)).map((r) => r.recipientId))).toEqual(silent);
    for (let i = 0; i < N; i++)
      expect(gateway.to(phone(i)).filter((m) => m.text.startsWith('Reminder:'))).toHaveLength(
        i >= 800 ? 1 : 0,
      );

    expect(await service.runReminders(at(46))).toBe(1);
    expect(new Set((await reminded(2)).map((r) => r.recipientId))).toEqual(silent);
    let board = await wholeBoard();
    expect(
      (board.body.people as { callListAt: string | null }[]).filter((p) => p.callListAt),
    ).toHaveLength(0);

    expect(await service.runReminders(at(61))).toBe(1);
    expect(await service.runReminders(at(90))).toBe(0);
    board = await wholeBoard();
    const onCallList = (board.body.people as { personId: string; callListAt: string | null }[])
      .filter((p) => p.callListAt)
      .map((p) => p.personId);
    expect(new Set(onCallList)).toEqual(silent);
    const cascades = await t.database.db
      .select({ params: outboundMessages.params })
      .from(outboundMessages)
      .where(
        and(
          like(outboundMessages.messageId, `crisis:${crisisId}:call-list:cascade:%`),
          eq(outboundMessages.channel, 'in_app'),
        ),
      );
    expect(cascades.map((c) => Number(c.params.count)).sort()).toEqual([100, 100]);
    const escalation = await t.database.db
      .select({ params: outboundMessages.params })
      .from(outboundMessages)
      .where(
        and(
          eq(outboundMessages.messageId, `crisis:${crisisId}:escalation`),
          eq(outboundMessages.channel, 'in_app'),
        ),
      );
    expect(escalation).toEqual([{ params: expect.objectContaining({ count: 200 }) }]);
    expect(zoneOf.length).toBe(N);
  }, 120_000);
});
