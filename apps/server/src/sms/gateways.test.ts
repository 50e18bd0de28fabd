import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeferDelivery, type Delivery } from '../messaging/worker.ts';
import { gatewayFor, rateLimiter, smsGatewayAdapter, type SmsGateway } from './gateways.ts';
import { loadConfig } from '../config.ts';
import { startLocalSmsGateway, type LocalSmsGateway } from './local-gateway.ts';

const delivery = (id: string, address: string): Delivery => ({
  id,
  messageId: 'm',
  recipientId: '00000000-0000-4000-8000-000000000000',
  countryId: null,
  channel: 'sms',
  address,
  locale: 'en',
  template: 'sms.reply',
  params: { text: 'hi' },
  attempts: 0,
});

describe('outbound SMS gateways', () => {
  let gw: LocalSmsGateway;
  beforeAll(async () => {
    // Receipts off: no Fieldsafe server in this file.
    gw = await startLocalSmsGateway({
      serverUrl: 'http://127.0.0.1:9',
      secret: 'x'.repeat(32),
      receipts: false,
    });
  });
  afterAll(() => gw.close());

  it('a number goes through its country’s gateway, others through the default', () => {
    const list: SmsGateway[] = [
      {
        kind: 'webhook',
        country: 'KE',
        url: 'http://127.0.0.1/ke',
        rate: 1,
        pricePerSegment: 0.02,
      },
      {
        kind: 'webhook',
        country: '*',
        url: 'http://127.0.0.1/all',
        rate: 1,
        pricePerSegment: 0.05,
      },
    ];
    expect(gatewayFor(list, '+254712000001')?.url).toBe('http://127.0.0.1/ke');
    expect(gatewayFor(list, '+442079460001')?.url).toBe('http://127.0.0.1/all');
  });

  it('the send rate allows a second’s burst, then one message per 1/rate seconds; beyond the wait limit it refuses', () => {
    let now = 10_000;
    const limiter = rateLimiter(10, () => now);
    const waits = Array.from({ length: 12 }, () => limiter.take(60_000));
    expect(waits.slice(0, 10).every((w) => w === 0)).toBe(true);
    expect(waits[10]).toBeCloseTo(100, 5);
    expect(waits[11]).toBeCloseTo(200, 5);
    expect(limiter.take(50)).toBe(-1);
    now += 5_000;
    expect(limiter.take(0)).toBe(0);
  });

  it('the Twilio-compatible adapter posts To, From, Body and the status callback with basic auth', async () => {
    const adapter = smsGatewayAdapter(
      [
        {
          kind: 'twilio',
          country: '*',
          url: gw.url,
          accountSid: 'AC123',
          authToken: 'token-0123456789abcdef',
          from: '+15005550006',
          rate: 100,
          pricePerSegment: 0.05,
        },
      ],
      { statusCallback: 'http://127.0.0.1:3000/api/sms/status' },
    );
    await adapter.send(delivery('11111111-1111-4111-8111-111111111111', '+254712000009'), {
      subject: '',
      text: 'Hello',
    });
    expect(gw.to('+254712000009')).toEqual([
      expect.objectContaining({
        id: '11111111-1111-4111-8111-111111111111',
        text: 'Hello',
        via: 'twilio',
      }),
    ]);
  });

  it('a message over its gateway’s rate is deferred (back on the queue), not failed', async () => {
    const adapter = smsGatewayAdapter(
      [{ kind: 'webhook', country: '*', url: gw.webhookUrl, rate: 1, pricePerSegment: 0.05 }],
      { maxWaitMs: 0 },
    );
    await adapter.send(delivery('22222222-2222-4222-8222-222222222222', '+254712000010'), {
      subject: '',
      text: 'a',
    });
    await expect(
      adapter.send(delivery('33333333-3333-4333-8333-333333333333', '+254712000010'), {
        subject: '',
        text: 'b',
      }),
    ).rejects.toBeInstanceOf(DeferDelivery);
    expect(gw.to('+254712000010').map((m) => m.text)).toEqual(['a']);
  });

  it('gateways come from FIELDSAFE_SMS_GATEWAYS, and a bad one stops start-up naming the variable', () => {
    expect(
      loadConfig({
        FIELDSAFE_SMS_GATEWAYS: JSON.stringify([
          { kind: 'webhook', country: 'KE', url: 'http://127.0.0.1/x', rate: 5 },
        ]),
      }).smsGateways,
    ).toEqual([
      { kind: 'webhook', country: 'KE', url: 'http://127.0.0.1/x', rate: 5, pricePerSegment: 0.05 },
    ]);
    expect(() =>
      loadConfig({ FIELDSAFE_SMS_GATEWAYS: '[{"kind":"webhook","country":"Kenya"}]' }),
    ).toThrow(/FIELDSAFE_SMS_GATEWAYS/);
    expect(loadConfig({}).smsGateways).toEqual([]);
  });
});
