import { describe, expect, it } from 'vitest';
import { normalisePhone, phoneRegion } from './phone.ts';

describe('phone numbers in E.164', () => {
  it('a number with its country code is normalised whatever its punctuation', () => {
    expect(normalisePhone('+234 803 123 4567')).toEqual({
      ok: true,
      e164: '+2348031234567',
      region: 'NG',
    });
    expect(normalisePhone('(+33) 6.12.34.56.78')).toMatchObject({ ok: true, e164: '+33612345678' });
  });
  it('00 is read as the international prefix', () => {
    expect(normalisePhone('00 41 79 123 45 67')).toMatchObject({ ok: true, e164: '+41791234567' });
  });
  it('a national number is read in the duty station country’s numbering plan', () => {
    expect(normalisePhone('0803 123 4567', 'NG')).toMatchObject({
      ok: true,
      e164: '+2348031234567',
    });
    expect(normalisePhone('06 12 34 56 78', 'FR')).toMatchObject({
      ok: true,
      e164: '+33612345678',
    });
    expect(normalisePhone('(202) 555-0123', 'US')).toMatchObject({
      ok: true,
      e164: '+12025550123',
    });
  });
  it('a national number without a known numbering plan is refused, saying why', () => {
    const r = normalisePhone('0803 123 4567', null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/country code/);
    expect(normalisePhone('0803 123 4567', 'Q1').ok).toBe(false);
  });
  it('an unassigned country code (+999) or a number too short for its country is invalid', () => {
    expect(normalisePhone('+999 700 000 001').ok).toBe(false);
    expect(normalisePhone('+234 803').ok).toBe(false);
    expect(normalisePhone('12', 'FR').ok).toBe(false);
  });
  it('letters and empty values are refused', () => {
    expect(normalisePhone('call me').ok).toBe(false);
    expect(normalisePhone('   ').ok).toBe(false);
  });
  it('the region of an E.164 number comes from its country code and number', () => {
    expect(phoneRegion('+2348031234567')).toBe('NG');
    expect(phoneRegion('+12025550123')).toBe('US');
    expect(phoneRegion('+999')).toBe(null);
  });
});
