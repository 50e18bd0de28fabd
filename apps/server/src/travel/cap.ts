/**
 * Travel advisories as OASIS Common Alerting Protocol 1.2 messages (`urn:oasis:names:tc:emergency:cap:1.2`),
 * and an Atom feed per country whose entries link to them. The messages validate against the
 * official schema CAP-v1.2.xsd (copied next to this file from OASIS, via /work/shared/standards).
 * Pure functions: no database, no clock except the `now` passed in.
 */
import { LOCALES, type Locale } from '@fieldsafe/core';
import { st } from '../i18n/index.ts';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

/** Escapes text for XML element content and double- or single-quoted attributes. */
export function xmlEscape(value: string): string {
  return (
    value
      // Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR; lone surrogates).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** CAP's dateTime form: seconds, no fraction, explicit offset (`2026-11-24T10:00:00+00:00`). */
export function capDateTime(d: Date): string {
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+00:00`
  );
}

export type CapSeverity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
export type CapUrgency = 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';

/**
 * CAP severity from the security level in force at the advisory's location on its first day.
 * On the 1–6 Security Level System: 1–2 Minor, 3 Moderate, 4–5 Severe, 6 Extreme; any other
 * scale (phases, SRM areas) or no decision: Unknown.
 */
export function severityOf(level: string | null): CapSeverity {
  const n = level === null ? NaN : Number(level.trim());
  if (!Number.isInteger(n) || n < 1 || n > 6) return 'Unknown';
  if (n <= 2) return 'Minor';
  if (n === 3) return 'Moderate';
  if (n <= 5) return 'Severe';
  return 'Extreme';
}

/** In force: Immediate; starts later: Future; ended: Past. */
export function urgencyOf(validFrom: string, validUntil: string | null, today: string): CapUrgency {
  if (validUntil !== null && validUntil < today) return 'Past';
  if (validFrom > today) return 'Future';
  return 'Immediate';
}

export interface CapAdvisory {
  id: string;
  title: string;
  body: string;
  validFrom: string;
  validUntil: string | null;
  createdAt: Date;
  updatedAt: Date;
  countryName: string;
  countryAlpha2: string;
  locationName: string;
  /** Coordinates of the duty station, when the advisory is for one that has them. */
  latitude: number | null;
  longitude: number | null;
  /** Security level in force at the location, if any. */
  level: string | null;
}

export interface CapContext {
  /** `sender`: an identifier without spaces, commas or `<&`, e.g. `fieldsafe@example.org`. */
  sender: string;
  today: string;
  /** Absolute URL of the web page about advisories, for `<web>`. */
  web?: string;
}

export const capIdentifier = (id: string) => `fieldsafe-advisory-${id}`;

/** Only what CAP allows in `sender`/`identifier`: no whitespace, commas, `<` or `&`. */
export function capToken(value: string): string {
  return value.replace(/[\s,<&]/g, '') || 'fieldsafe';
}

/** A WGS 84 coordinate as plain decimal degrees (never exponent notation), at most 6 decimals. */
export function coordinate(n: number): string {
  const s = n.toFixed(6).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

function el(name: string, value: string, indent: string): string {
  return `${indent}<${name}>${xmlEscape(value)}</${name}>\n`;
}

/** One advisory as a CAP 1.2 `<alert>` document. */
export function capAlert(a: CapAdvisory, ctx: CapContext): string {
  const i1 = '  ';
  const i2 = '    ';
  const i3 = '      ';
  // One <info> per UN language (CAP 1.2 §3.2.2): the system's words translated, the advisory's
  // own title and text as its author wrote them.
  const infos = LOCALES.map((lang) => {
    let info = '';
    info += el('language', lang, i2);
    info += el('category', 'Security', i2);
    info += el('event', st(lang, 'cap.event'), i2);
    info += el('urgency', urgencyOf(a.validFrom, a.validUntil, ctx.today), i2);
    info += el('severity', severityOf(a.level), i2);
    info += el('certainty', 'Likely', i2);
    info += el('audience', st(lang, 'cap.audience'), i2);
    info += el('effective', capDateTime(new Date(`${a.validFrom}T00:00:00Z`)), i2);
    if (a.validUntil) info += el('expires', capDateTime(new Date(`${a.validUntil}T23:59:59Z`)), i2);
    info += el('senderName', st(lang, 'cap.senderName', { country: a.countryName }), i2);
    info += el('headline', `${a.locationName}: ${a.title}`.slice(0, 160), i2);
    info += el('description', a.body, i2);
    if (ctx.web) info += el('web', ctx.web, i2);
    if (a.level !== null) {
      info += `${i2}<parameter>\n${el('valueName', 'securityLevel', i3)}${el('value', a.level, i3)}${i2}</parameter>\n`;
    }
    let area = el('areaDesc', `${a.locationName}, ${a.countryName}`, i3);
    if (a.latitude !== null && a.longitude !== null) {
      // A point is a circle of radius 0 (CAP 1.2 §3.3.4.2: "lat,lon radius" in WGS 84, km).
      area += el('circle', `${coordinate(a.latitude)},${coordinate(a.longitude)} 0`, i3);
    }
    area += `${i3}<geocode>\n${el('valueName', 'ISO3166-1', `${i3}  `)}${el('value', a.countryAlpha2, `${i3}  `)}${i3}</geocode>\n`;
    info += `${i2}<area>\n${area}${i2}</area>\n`;
    return `${i1}<info>\n${info}${i1}</info>\n`;
  });

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<alert xmlns="${CAP_NAMESPACE}">\n` +
    el('identifier', capIdentifier(a.id), i1) +
    el('sender', capToken(ctx.sender), i1) +
    el('sent', capDateTime(a.createdAt), i1) +
    el('status', 'Actual', i1) +
    el('msgType', 'Alert', i1) +
    el('scope', 'Restricted', i1) +
    // Advisories are readable by every signed-in user of Fieldsafe, and by nobody else.
    el(
      'restriction',
      'Signed-in users of Fieldsafe (UN security management system personnel)',
      i1,
    ) +
    infos.join('') +
    `</alert>\n`
  );
}

/** RFC 3339 for Atom. */
const atomDate = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** An Atom feed of a country's advisories; each entry links to its CAP alert. */
export function capFeed(
  locale: Locale,
  country: { id: string; name: string; alpha2: string },
  advisories: readonly CapAdvisory[],
  urls: { self: string; alert: (id: string) => string },
  now: Date,
): string {
  const updated = advisories.reduce(
    (max, a) => (a.updatedAt > max ? a.updatedAt : max),
    advisories.length ? new Date(0) : now,
  );
  const entries = advisories
    .map(
      (a) =>
        `  <entry>\n` +
        `    <id>urn:uuid:${xmlEscape(a.id)}</id>\n` +
        `    <title>${xmlEscape(`${a.locationName}: ${a.title}`)}</title>\n` +
        `    <updated>${atomDate(a.updatedAt)}</updated>\n` +
        `    <published>${atomDate(a.createdAt)}</published>\n` +
        `    <link rel="alternate" type="application/cap+xml" href="${xmlEscape(urls.alert(a.id))}"/>\n` +
        `    <summary>${xmlEscape(a.body.slice(0, 500))}</summary>\n` +
        `  </entry>\n`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom">\n` +
    `  <id>urn:uuid:${xmlEscape(country.id)}</id>\n` +
    `  <title>${xmlEscape(st(locale, 'cap.feedTitle', { country: country.name }))}</title>\n` +
    `  <updated>${atomDate(updated)}</updated>\n` +
    `  <author><name>Fieldsafe</name></author>\n` +
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(urls.self)}"/>\n` +
    entries +
    `</feed>\n`
  );
}
