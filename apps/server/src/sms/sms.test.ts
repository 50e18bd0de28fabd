import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outboundMessages, people, smsInbound } from '../db/schema/index.ts';
import { buildPerson, buildUser, buildWorld, signIn, type Client } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { signGeneric, signTwilio } from './signature.ts';
import { smsInboundOf } from './sms.routes.ts';

const SECRET = 'inbound-secret-for-tests-0123456789';
const TWILIO = 'twilio-auth-token-for-tests-0123';
const PUBLIC = 'http://fieldsafe.test';

describe('inbound SMS: answers to a crisis check-in by reply', () => {
  let t: TestApp;
  let csa: Client;
  let crisisId: string;
  let countryId: string;
  const ids: Record<'amina' | 'jean' | 'lea' | 'marc' | 'sara' | 'omar', string> = {
    amina: '',
    jean: '',
    lea: '',
    marc: '',
    sara: '',
    omar: '',
  };
  const PHONE = {
    amina: '+254712000001',
    jean: '+254712000002',
    family: '+254712000003',
    sara: '+254712000004',
    omar: '+254712000005',
    unknown: '+254712999999',
  };
  let seq = 0;

  // Waits for the worker to apply the message, and answers with its outcome.
  const post = (body: Record<string, unknown>, signature?: string) => {
    const raw = JSON.stringify(body);
    return t.app.inject({
      method: 'POST',
      url: '/api/sms/inbound?wait=true',
      headers: {
        'content-type': 'application/json',
        ...(signature === undefined ? {} : { 'x-fieldsafe-signature': signature }),
      },
      payload: raw,
    });
  };
  const signed = (from: string, text: string, gatewayMessageId = `m${++seq}`) => {
    const body = { from, text, gatewayMessageId };
    return post(body, signGeneric(SECRET, JSON.stringify(body)));
  };
  const board = async () =>
    (await csa.get(`/api/crises/${crisisId}/board?pageSize=200`)).body.people as {
      personId: string;
      status: string;
      note: string | null;
      answeredVia: string | null;
    }[];
  const row = async (personId: string) => (await board()).find((p) => p.personId === personId)!;
  const repliesTo = async (phone: string) =>
    (
      await t.database.db
        .select({ params: outboundMessages.params, template: outboundMessages.template })
        .from(outboundMessages)
        .where(and(eq(outboundMessages.address, phone), eq(outboundMessages.template, 'sms.reply')))
        .orderBy(outboundMessages.createdAt)
    ).map((r) => String(r.params.text));

  beforeAll(async () => {
    t = await testApp({
      smsInbound: { secret: SECRET, twilioAuthToken: TWILIO },
      publicUrl: PUBLIC,
    });
    const db = t.database.db;
    const w = await buildWorld(db);
    csa = await signIn(t.app, (await buildUser(db, w, 'CSA')).email);
    const person = async (key: keyof typeof ids, given: string, family: string, phone: string) => {
      ids[key] = (await buildPerson(db, w, { givenName: given, familyName: family })).id;
      await db.update(people).set({ phone }).where(eq(people.id, ids[key]));
    };
    await person('amina', 'Amina', 'Diallo', PHONE.amina);
    await person('jean', 'Jean', 'Martin', PHONE.jean);
    // A family phone shared by two people.
    await person('lea', 'Léa', 'Dubois', PHONE.family);
    await person('marc', 'Marc', 'Dubois', PHONE.family);
    await person('sara', 'Sara', 'Haddad', PHONE.sara);
    await person('omar', 'Omar', 'Nasser', PHONE.omar);
    countryId = w.country.id;
    const res = await csa.post('/api/crises', {
      countryId: w.country.id,
      title: 'Flooding',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    crisisId = res.body.id;
  });

  it('an unsigned or badly signed message is refused with 401 and changes nothing', async () => {
    const body = { from: PHONE.amina, text: 'HELP', gatewayMessageId: 'forged-1' };
    expect((await post(body)).statusCode).toBe(401);
    expect((await post(body, 'sha256=' + '0'.repeat(64))).statusCode).toBe(401);
    expect(
      (await post(body, signGeneric('another-secret-0123456789', JSON.stringify(body)))).statusCode,
    ).toBe(401);
    // Signed for another body.
    const other = signGeneric(SECRET, JSON.stringify({ ...body, text: '1' }));
    expect((await post(body, other)).statusCode).toBe(401);
    const form = new URLSearchParams({ From: PHONE.amina, Body: 'HELP', MessageSid: 'SMforged' });
    const twilio = await t.app.inject({
      method: 'POST',
      url: '/api/sms/inbound',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilio('wrong-token-0123456789', `${PUBLIC}/api/sms/inbound`, {
          From: PHONE.amina,
          Body: 'HELP',
          MessageSid: 'SMforged',
        }),
      },
      payload: form.toString(),
    });
    expect(twilio.statusCode).toBe(401);
    expect((await row(ids.amina)).status).toBe('no_answer');
    const logged = await t.database.db.select().from(smsInbound);
    expect(logged).toHaveLength(0);
  });

  it('a signed message without a sender is a 400 naming the field', async () => {
    const body = { text: '1' };
    const res = await post(body, signGeneric(SECRET, JSON.stringify(body)));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('from');
  });

  it('a reply "1" records the sender as safe, answered by SMS, and queues a confirmation', async () => {
    const res = await signed(PHONE.amina, '1');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'applied', recorded: 1 });
    expect(await row(ids.amina)).toMatchObject({ status: 'safe', answeredVia: 'sms' });
    const replies = await repliesTo(PHONE.amina);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('Amina Diallo');
    expect(replies[0]).toContain('SAFE');
  });

  it('"AIDE …" is need help with the rest as the note, confirmed in French', async () => {
    await signed(PHONE.jean, 'AIDE bloqué au bureau, eau montante');
    expect(await row(ids.jean)).toMatchObject({
      status: 'need_help',
      note: 'bloqué au bureau, eau montante',
      answeredVia: 'sms',
    });
    expect((await repliesTo(PHONE.jean))[0]).toMatch(/^Merci\. .*BESOIN D'AIDE.*Jean Martin/);
  });

  it('Arabic and Spanish keywords are read', async () => {
    await signed(PHONE.sara, 'مساعدة الطريق مغلق');
    expect(await row(ids.sara)).toMatchObject({ status: 'need_help', note: 'الطريق مغلق' });
    await signed(PHONE.omar, 'ayuda');
    expect((await row(ids.omar)).status).toBe('need_help');
    expect((await repliesTo(PHONE.omar))[0]).toMatch(/^Gracias/);
  });

  it('a replayed gateway message id is ignored: no change and no second confirmation', async () => {
    const first = await signed(PHONE.omar, 'SAFE', 'replay-1');
    expect(first.json().outcome).toBe('applied');
    expect((await row(ids.omar)).status).toBe('safe');
    const again = await signed(PHONE.omar, 'HELP', 'replay-1');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ outcome: 'duplicate', recorded: 0 });
    expect((await row(ids.omar)).status).toBe('safe');
    expect(await repliesTo(PHONE.omar)).toHaveLength(2);
  });

  it('a message from an unknown number is logged and never applied', async () => {
    const before = await board();
    const res = await signed(PHONE.unknown, '2 send help');
    expect(res.json().outcome).toBe('unknown_number');
    expect(await board()).toEqual(before);
    expect(await repliesTo(PHONE.unknown)).toHaveLength(0);
    const [logged] = await t.database.db
      .select()
      .from(smsInbound)
      .where(eq(smsInbound.fromNumber, PHONE.unknown));
    expect(logged).toMatchObject({ outcome: 'unknown_number', text: '2 send help' });
  });

  it('a shared family phone is asked who the answer is for, and the choice applies it', async () => {
    const ask = await signed(PHONE.family, 'safe');
    expect(ask.json()).toMatchObject({ outcome: 'asked_which', recorded: 0 });
    expect((await row(ids.lea)).status).toBe('no_answer');
    const question = (await repliesTo(PHONE.family))[0]!;
    expect(question).toContain('1 Léa Dubois');
    expect(question).toContain('2 Marc Dubois');
    const pick = await signed(PHONE.family, '2');
    expect(pick.json()).toMatchObject({ outcome: 'applied', recorded: 1 });
    expect((await row(ids.marc)).status).toBe('safe');
    expect((await row(ids.lea)).status).toBe('no_answer');
    // Both at once.
    await signed(PHONE.family, 'HELP');
    await signed(PHONE.family, '0');
    expect((await row(ids.lea)).status).toBe('need_help');
    expect((await row(ids.marc)).status).toBe('need_help');
  });

  it('anything else gets one reply explaining the choices, not one per message', async () => {
    const res = await signed(PHONE.sara, 'what is happening?');
    expect(res.json().outcome).toBe('unparsed');
    const before = (await repliesTo(PHONE.sara)).length;
    await signed(PHONE.sara, 'hello??');
    const replies = await repliesTo(PHONE.sara);
    expect(replies).toHaveLength(before);
    expect(replies.at(-1)).toMatch(/^Reply 1 or SAFE/);
    expect((await row(ids.sara)).status).toBe('need_help');
  });

  it('a Twilio form post signed with the auth token is applied', async () => {
    const params = { From: PHONE.jean, Body: 'OK', MessageSid: 'SM0001' };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sms/inbound',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilio(TWILIO, `${PUBLIC}/api/sms/inbound`, params),
      },
      payload: new URLSearchParams(params).toString(),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/xml');
    await smsInboundOf(t.app).drain();
    expect((await row(ids.jean)).status).toBe('safe');
  });

  it('without ?wait the message is stored and answered at once, then applied by the worker; a replay of it is a duplicate', async () => {
    const body = { from: PHONE.amina, text: 'HELP roof leaking', gatewayMessageId: 'async-1' };
    const raw = JSON.stringify(body);
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/sms/inbound',
        headers: {
          'content-type': 'application/json',
          'x-fieldsafe-signature': signGeneric(SECRET, raw),
        },
        payload: raw,
      });
    const res = await send();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'received', recorded: 0 });
    const id = res.json().id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await send()).json()).toEqual({ id: null, outcome: 'duplicate', recorded: 0 });
    await smsInboundOf(t.app).drain();
    const [stored] = await t.database.db.select().from(smsInbound).where(eq(smsInbound.id, id));
    expect(stored).toMatchObject({ outcome: 'applied', status: 'need_help', people: [ids.amina] });
    expect(await row(ids.amina)).toMatchObject({
      status: 'need_help',
      note: 'roof leaking',
      answeredVia: 'sms',
    });
    const confirmations = await t.database.db
      .select({ id: outboundMessages.id })
      .from(outboundMessages)
      .where(eq(outboundMessages.messageId, `sms:${id}`));
    expect(confirmations).toHaveLength(1);
  });

  it('answers by SMS are audited like web answers, with the inbound message', async () => {
    const rows = await t.database.db
      .select({ action: auditLog.action, actor: auditLog.actorLabel })
      .from(auditLog)
      .where(sql`${auditLog.action} in ('crisis.checkin', 'sms.inbound')`);
    expect(rows.filter((r) => r.action === 'crisis.checkin').length).toBeGreaterThan(5);
    expect(rows.filter((r) => r.action === 'sms.inbound').length).toBeGreaterThan(10);
    expect(rows.every((r) => r.actor === 'inbound SMS')).toBe(true);
  });

  it('a broadcast preview gives the SMS encoding, segments and estimated cost, and sends nothing', async () => {
    const plain = await csa.post('/api/broadcasts/preview', {
      countryId,
      body: 'Stay indoors. Next update at 18:00.',
      channels: ['sms'],
    });
    expect(plain.status, JSON.stringify(plain.body)).toBe(200);
    expect(plain.body).toMatchObject({
      smsRecipients: 6,
      encoding: 'gsm7',
      segments: 1,
      countries: [{ region: 'KE', recipients: 6, pricePerSegment: 0.05, cost: 0.3 }],
      cost: 0.3,
      currency: 'USD',
    });
    const arabic = await csa.post('/api/broadcasts/preview', {
      countryId,
      body: 'ابقوا في منازلكم. '.repeat(5),
      channels: ['sms', 'email'],
    });
    expect(arabic.body).toMatchObject({ encoding: 'ucs2', segments: 2, cost: 0.6 });
    const none = await csa.post('/api/broadcasts/preview', {
      countryId,
      body: 'x',
      channels: ['email'],
    });
    expect(none.body).toMatchObject({ smsRecipients: 0, cost: 0 });
    const bad = await csa.post('/api/broadcasts/preview', { countryId, channels: ['sms'] });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('body');
  });

  it('a delivery receipt is recorded on the recipient’s SMS; unsigned receipts are refused', async () => {
    const [msg] = await t.database.db
      .select({ id: outboundMessages.id })
      .from(outboundMessages)
      .where(
        and(eq(outboundMessages.address, PHONE.amina), eq(outboundMessages.template, 'sms.reply')),
      );
    const body = { id: msg!.id, status: 'delivered' };
    const unsigned = await t.app.inject({
      method: 'POST',
      url: '/api/sms/status',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    expect(unsigned.statusCode).toBe(401);
    const raw = JSON.stringify(body);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sms/status',
      headers: {
        'content-type': 'application/json',
        'x-fieldsafe-signature': signGeneric(SECRET, raw),
      },
      payload: raw,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ recorded: true });
    const [row] = await t.database.db
      .select({ receiptStatus: outboundMessages.receiptStatus })
      .from(outboundMessages)
      .where(eq(outboundMessages.id, msg!.id));
    expect(row?.receiptStatus).toBe('delivered');
  });
});
