import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundMessages, people, users } from '../db/schema/index.ts';
import { emailAdapter, inAppAdapter } from '../messaging/adapters.ts';
import { enqueueNotice } from '../messaging/queue.ts';
import { deliverDue, type Adapters } from '../messaging/worker.ts';
import { smsGatewayAdapter } from '../sms/gateways.ts';
import { startLocalSmsGateway, type LocalSmsGateway } from '../sms/local-gateway.ts';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { smtpReceiver } from '../../test/smtp.ts';

const PUBLIC_URL = 'https://fieldsafe.example.org';
const DO_PHONE = '+254712000111';

describe('notices go through the durable queue on the channels their kind calls for', () => {
  let t: TestApp;
  let w: World;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
  let gateway: LocalSmsGateway;
  let adapters: Adapters;
  let officer: { personId: string; email: string; client: Client };
  let staff: { personId: string; email: string; client: Client };

  const deliverAll = async () => {
    for (let round = 0; round < 20; round++)
      if ((await deliverDue(t.database.db, adapters, { publicUrl: PUBLIC_URL })) === 0) return;
  };

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    smtp = await smtpReceiver();
    gateway = await startLocalSmsGateway({
      serverUrl: 'http://127.0.0.1:9',
      secret: 'unused-inbound-secret-0123456789',
      receipts: false,
    });
    adapters = {
      in_app: inAppAdapter(db),
      email: emailAdapter(smtp.url),
      sms: smsGatewayAdapter([
        { kind: 'webhook', country: '*', url: gateway.webhookUrl, rate: 1000, pricePerSegment: 0 },
      ]),
    };
    const d = await buildUser(db, w, 'DO');
    await db.update(people).set({ phone: DO_PHONE }).where(eq(people.id, d.person.id));
    await db.update(users).set({ locale: 'fr' }).where(eq(users.id, d.user.id));
    officer = { personId: d.person.id, email: d.email, client: await signIn(t.app, d.email) };
    const s = await buildUser(db, w, 'staff');
    staff = { personId: s.person.id, email: s.email, client: await signIn(t.app, s.email) };
  });
  afterAll(async () => {
    await gateway?.close();
    await smtp?.close();
  });

  it('an incident report reaches the DO in the app, by e-mail and by SMS, in the DO’s language', async () => {
    const res = await staff.client.post('/api/incidents', {
      category: 'ROBBERY',
      occurredAt: '2026-11-20T18:30:00+01:00',
      timeZone: 'Africa/Lagos',
      countryId: w.country.id,
      areaId: w.capital.id,
      personnelAffected: 1,
      title: 'Vehicle robbed at the river checkpoint',
      narrative: 'Two armed men stopped the vehicle.',
      organizationId: w.orgA.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.id as string;

    // In the app at once, in the same transaction as the report.
    const bell = await officer.client.get('/api/notifications');
    const note = bell.body.items.find((n: { cause: string }) => n.cause === `incident:${id}`);
    expect(note).toMatchObject({
      kind: 'incident',
      body: 'Vehicle robbed at the river checkpoint',
      link: `/incidents/${id}`,
    });
    expect(note.title).toMatch(/^Incident signalé : /);

    // E-mail and SMS wait on the queue for the delivery worker.
    const queued = await t.database.db
      .select({ channel: outboundMessages.channel, address: outboundMessages.address })
      .from(outboundMessages)
      .where(
        and(
          eq(outboundMessages.messageId, `incident:${id}`),
          eq(outboundMessages.recipientId, officer.personId),
        ),
      );
    expect(queued.map((q) => q.channel).sort()).toEqual(['email', 'sms']);
    await deliverAll();

    const mail = smtp.received.filter((m) => m.to === officer.email);
    expect(mail).toHaveLength(1);
    // (Quoted-printable: lines are folded with a trailing '='.)
    const text = mail[0]!.body.replace(/=\r?\n/g, '');
    expect(text).toContain('Vehicle robbed at the river checkpoint');
    expect(text).toContain(`${PUBLIC_URL}/incidents/${id}`);
    const texts = gateway.to(DO_PHONE);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toContain('Incident signalé');
    expect(texts[0]!.text).toContain('Vehicle robbed at the river checkpoint');
    expect(texts[0]!.text).toContain(`${PUBLIC_URL}/incidents/${id}`);

    // The reporter, who holds no appointment, is not told of their own report.
    expect(smtp.received.filter((m) => m.to === staff.email)).toHaveLength(0);
  });

  it('a notice that is not urgent goes by e-mail or SMS only to those who asked for it', async () => {
    const before = await staff.client.get('/api/notifications/preferences');
    expect(before.body).toEqual({ email: false, sms: false });
    const bad = await staff.client.put('/api/notifications/preferences', {
      email: 'yes',
      sms: false,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('email');
    const set = await staff.client.put('/api/notifications/preferences', {
      email: true,
      sms: false,
    });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ email: true, sms: false });

    const cause = `advisory:preferences-test`;
    const notified = await enqueueNotice(t.database.db, [staff.personId, officer.personId], {
      name: 'travel.advisory',
      params: { place: 'Capital', title: 'Road closed', body: 'Flooding on the main road.' },
      link: '/travel',
      cause,
      countryId: w.country.id,
    });
    expect(notified).toBe(2);
    const queued = await t.database.db
      .select({ person: outboundMessages.recipientId, channel: outboundMessages.channel })
      .from(outboundMessages)
      .where(eq(outboundMessages.messageId, cause));
    expect(queued).toEqual([{ person: staff.personId, channel: 'email' }]);
    // Sent again for the same cause, nobody is told twice.
    expect(
      await enqueueNotice(t.database.db, [staff.personId], {
        name: 'travel.advisory',
        params: {},
        cause,
      }),
    ).toBe(0);
  });
});
