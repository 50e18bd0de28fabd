/**
 * Phone numbers in E.164 (SPEC §10 "Any phone"), validated and normalised with libphonenumber-js
 * (full metadata: number patterns per country, not just lengths). A number written without an
 * international prefix is read in the numbering plan of the person's duty station country.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type PhoneResult =
  { ok: true; e164: string; region: string | null } | { ok: false; reason: string };

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9][0-9]{6,14}$/;

const REGION = /^[A-Z]{2}$/;

/**
 * Normalises `raw` to E.164. `region` is the ISO 3166 alpha-2 code of the numbering plan to read
 * a number without a prefix in (the duty station's country); `00` is read as `+`.
 */
export function normalisePhone(raw: string, region?: string | null): PhoneResult {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  if (!/^[+0-9 ()./-]+$/.test(text))
    return { ok: false, reason: 'may only hold digits, spaces and + ( ) . / -' };
  const international = text.replace(/[ ()./-]/g, '').replace(/^00/, '+');
  const plan = region && REGION.test(region) ? (region as CountryCode) : undefined;
  if (!international.startsWith('+') && !plan)
    return {
      ok: false,
      reason:
        'has no country code (start with +) and the duty station’s country has no numbering plan',
    };
  let parsed;
  try {
    parsed = parsePhoneNumberFromString(international, plan);
  } catch {
    parsed = undefined;
  }
  if (!parsed) return { ok: false, reason: 'is not a phone number' };
  if (!parsed.isValid())
    return {
      ok: false,
      reason: international.startsWith('+')
        ? `is not a valid number (+${parsed.countryCallingCode} …)`
        : `is not a valid number in ${plan}`,
    };
  return { ok: true, e164: parsed.number, region: parsed.country ?? null };
}

/** The numbering-plan region of an E.164 number (e.g. `+1 202 555 0123` → `US`), or null. */
export function phoneRegion(e164: string): string | null {
  try {
    return parsePhoneNumberFromString(e164)?.country ?? null;
  } catch {
    return null;
  }
}
