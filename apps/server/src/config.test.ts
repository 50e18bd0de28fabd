import { describe, expect, it } from 'vitest';
import { isAddressOrCidr, loadConfig, RATE_LIMIT_DEFAULTS } from './config.ts';

describe('configuration', () => {
  it('[000 §30] escalation thresholds default to 1, 30, 60 and 90 days', () => {
    expect(loadConfig({}).escalationThresholds).toEqual({
      focal_point: 1,
      usg: 30,
      executive_head: 60,
      hlcm: 90,
    });
  });

  it('a deployment sets its own escalation thresholds with FIELDSAFE_ESCALATION_DAYS', () => {
    const config = loadConfig({ FIELDSAFE_ESCALATION_DAYS: '3,20,45,120' });
    expect(config.escalationThresholds).toEqual({
      focal_point: 3,
      usg: 20,
      executive_head: 45,
      hlcm: 120,
    });
  });

  it('refuses thresholds out of order, naming the variable', () => {
    expect(() => loadConfig({ FIELDSAFE_ESCALATION_DAYS: '1,60,30,90' })).toThrow(
      /FIELDSAFE_ESCALATION_DAYS: each step must come later/,
    );
  });

  it('a short FIELDSAFE_SECRET or a bad FIELDSAFE_PUBLIC_URL stops start-up naming the variable', () => {
    expect(() => loadConfig({ FIELDSAFE_SECRET: 'too-short' })).toThrow(
      /FIELDSAFE_SECRET: must be at least 32 characters/,
    );
    expect(() => loadConfig({ FIELDSAFE_PUBLIC_URL: 'not a url' })).toThrow(
      /FIELDSAFE_PUBLIC_URL: must be an http\(s\) URL/,
    );
    expect(() =>
      loadConfig({
        FIELDSAFE_SECRET: 'x'.repeat(32),
        FIELDSAFE_PUBLIC_URL: 'https://fieldsafe.example.org',
      }),
    ).not.toThrow();
  });

  it('a bad SMTP or SMS variable stops start-up naming the variable', () => {
    expect(() => loadConfig({ FIELDSAFE_SMTP_URL: 'mail.example.org:25' })).toThrow(
      /FIELDSAFE_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    expect(() => loadConfig({ FIELDSAFE_SMS_WEBHOOK_URL: 'sms gateway' })).toThrow(
      /FIELDSAFE_SMS_WEBHOOK_URL: must be an http\(s\) URL/,
    );
    expect(() => loadConfig({ FIELDSAFE_SMS_RATE: '0' })).toThrow(
      /FIELDSAFE_SMS_RATE: must be more than 0 messages per second/,
    );
    expect(() => loadConfig({ FIELDSAFE_SMS_PRICE_PER_SEGMENT: '-1' })).toThrow(
      /FIELDSAFE_SMS_PRICE_PER_SEGMENT: must be 0 or more/,
    );
    expect(() => loadConfig({ FIELDSAFE_SMS_GATEWAYS: '{not json' })).toThrow(
      /FIELDSAFE_SMS_GATEWAYS: must be a JSON array of gateways/,
    );
    expect(() => loadConfig({ FIELDSAFE_SMS_LOCAL_GATEWAY_PORT: '70000' })).toThrow(
      /FIELDSAFE_SMS_LOCAL_GATEWAY_PORT: must be a port number/,
    );
  });

  it('reads the public address, secret, SMTP and SMS settings once into the configuration', () => {
    const config = loadConfig({
      PORT: '8080',
      FIELDSAFE_SECRET: 's'.repeat(40),
      FIELDSAFE_SMTP_URL: 'smtp://127.0.0.1:2525',
      FIELDSAFE_SMTP_FROM: 'Safety <safety@example.org>',
      FIELDSAFE_SMS_WEBHOOK_URL: 'http://127.0.0.1:9000/send',
      FIELDSAFE_SMS_RATE: '20',
      FIELDSAFE_SMS_INBOUND_SECRET: 'i'.repeat(16),
    });
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(config.secret).toBe('s'.repeat(40));
    expect(config.smtp).toEqual({
      url: 'smtp://127.0.0.1:2525',
      from: 'Safety <safety@example.org>',
    });
    expect(config.smsGateways).toEqual([
      {
        kind: 'webhook',
        country: '*',
        url: 'http://127.0.0.1:9000/send',
        rate: 20,
        pricePerSegment: 0.05,
      },
    ]);
    expect(config.smsInbound).toEqual({ secret: 'i'.repeat(16), twilioAuthToken: undefined });
    expect(loadConfig({ FIELDSAFE_PUBLIC_URL: 'https://fs.example.org/' }).publicUrl).toBe(
      'https://fs.example.org',
    );
    expect(loadConfig({}).smtp).toBeNull();
  });

  it('trusts no proxy by default and takes a list of addresses and CIDR ranges', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(
      loadConfig({ FIELDSAFE_TRUSTED_PROXIES: '10.0.0.1, 10.1.0.0/16,::1,fd00::/8' })
        .trustedProxies,
    ).toEqual(['10.0.0.1', '10.1.0.0/16', '::1', 'fd00::/8']);
  });

  it('a bad proxy entry or a rate limit of 0 stops start-up naming the variable', () => {
    expect(() => loadConfig({ FIELDSAFE_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(
      /FIELDSAFE_TRUSTED_PROXIES/,
    );
    expect(() => loadConfig({ FIELDSAFE_TRUSTED_PROXIES: 'loopback' })).toThrow(
      /FIELDSAFE_TRUSTED_PROXIES/,
    );
    expect(() => loadConfig({ FIELDSAFE_RATE_LIMIT_WRITES: '0' })).toThrow(
      /FIELDSAFE_RATE_LIMIT_WRITES: must be 1 or more/,
    );
    expect(isAddressOrCidr('192.168.1.0/24')).toBe(true);
    expect(isAddressOrCidr('192.168.1.0/24/1')).toBe(false);
  });

  it('rate limits default to documented values and can be raised', () => {
    expect(loadConfig({}).rateLimits).toEqual(RATE_LIMIT_DEFAULTS);
    expect(loadConfig({ FIELDSAFE_RATE_LIMIT_CHECKIN: '100000' }).rateLimits.checkin).toBe(100000);
  });
});
