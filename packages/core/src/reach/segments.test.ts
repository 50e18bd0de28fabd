import { describe, expect, it } from 'vitest';
import { isGsm7, smsCost, smsSegments } from './segments.ts';

describe('SMS segments', () => {
  it('up to 160 GSM-7 characters is one segment; 161 is two of 153', () => {
    expect(smsSegments('a'.repeat(160))).toMatchObject({
      encoding: 'gsm7',
      segments: 1,
      remaining: 0,
    });
    expect(smsSegments('a'.repeat(161))).toMatchObject({ segments: 2, remaining: 153 * 2 - 161 });
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('a'.repeat(307)).segments).toBe(3);
  });
  it('extension characters (€ [ ] { } ^ ~ | \\) take two septets', () => {
    expect(smsSegments('€'.repeat(80))).toMatchObject({
      encoding: 'gsm7',
      units: 160,
      segments: 1,
    });
    expect(smsSegments('€'.repeat(81)).segments).toBe(2);
  });
  it('an extension character is not split across two segments', () => {
    // 152 plain septets then €: 154 septets do not fit one concatenated segment of 153.
    const text = 'a'.repeat(152) + '€' + 'a'.repeat(10);
    expect(smsSegments(text)).toMatchObject({ units: 164, segments: 2, remaining: 153 - 12 });
  });
  it('French accents é è à ù are GSM-7; ê, ç, ô and Arabic make the whole text UCS-2', () => {
    expect(isGsm7('Réponse enregistrée à Kessa, où')).toBe(true);
    expect(smsSegments('Vous êtes').encoding).toBe('ucs2');
    expect(smsSegments('ç').encoding).toBe('ucs2');
    expect(smsSegments('مساعدة')).toMatchObject({ encoding: 'ucs2', characters: 6, segments: 1 });
  });
  it('UCS-2: 70 units in one segment, then segments of 67', () => {
    expect(smsSegments('ê'.repeat(70)).segments).toBe(1);
    expect(smsSegments('ê'.repeat(71)).segments).toBe(2);
    expect(smsSegments('ê'.repeat(134)).segments).toBe(2);
    expect(smsSegments('ê'.repeat(135)).segments).toBe(3);
  });
  it('an emoji (a surrogate pair) counts two units and is never split', () => {
    const text = 'ê'.repeat(66) + '🙂' + 'ê'.repeat(3);
    expect(smsSegments(text)).toMatchObject({ characters: 70, units: 71, segments: 2 });
  });
  it('an empty text is one segment', () => {
    expect(smsSegments('')).toMatchObject({ segments: 1, units: 0 });
  });
  it('the cost is segments × recipients × price, in dollars to the cent', () => {
    expect(smsCost(2, 1000, 0.0075)).toBe(15);
    expect(smsCost(1, 333, 0.0123)).toBe(4.1);
    expect(smsCost(3, 0, 0.05)).toBe(0);
  });
});
