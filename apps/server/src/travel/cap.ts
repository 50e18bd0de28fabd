/**
 * Travel advisories as OASIS Common Alerting Protocol 1.2 messages (`urn:oasis:names:tc:emergency:cap:1.2`),
 * and an Atom feed per country whose entries link to them. The messages validate against the
 * official schema CAP-v1.2.xsd (copied next to this file from OASIS, via /work/shared/standards).
 * Pure functions: no database, no clock except the `now` passed in.
 */
import { LOCALES, type Locale } from '@fieldsafe/core';
import { create } from 'xmlbuilder2';
import { st } from '../i18n/index.ts';

type XMLBuilder = ReturnType<typeof create>;

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

/**
 * A new XML document, the one way the server writes XML. Characters XML 1.0 cannot carry (C0
 * controls other than tab, LF and CR; lone surrogates) are dropped; the builder escapes the rest.
 */
export function xmlDocument() {
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
}

/** The document as text, indented, with a final line end. */
const serialise = (root: XMLBuilder) => `${root.end({ prettyPrint: true })}\n`;

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

/** Child elements with text, in order; an undefined value leaves its element out. */
function texts(parent: XMLBuilder, children: [string, string | undefined][]): XMLBuilder {
  for (const [name, value] of children) if (value !== undefined) parent.ele(name).txt(value);
  return parent;
}

/** One advisory as a CAP 1.2 `<alert>` document. */
export function capAlert(a: CapAdvisory, ctx: CapContext): string {
  const alert = xmlDocument().ele(CAP_NAMESPACE, 'alert');
  texts(alert, [
    ['identifier', capIdentifier(a.id)],
    ['sender', capToken(ctx.sender)],
    ['sent', capDateTime(a.createdAt)],
    ['status', 'Actual'],
    ['msgType', 'Alert'],
    ['scope', 'Restricted'],
    // Advisories are readable by every signed-in user of Fieldsafe, and by nobody else.
    ['restriction', 'Signed-in users of Fieldsafe (UN security management system personnel)'],
  ]);
  // One <info> per UN language (CAP 1.2 §3.2.2): the system's words translated, the advisory's
  // own title and text as its author wrote them.
  for (const lang of LOCALES) {
    const info = texts(alert.ele('info'), [
      ['language', lang],
      ['category', 'Security'],
      ['event', st(lang, 'cap.event')],
      ['urgency', urgencyOf(a.validFrom, a.validUntil, ctx.today)],
      ['severity', severityOf(a.level)],
      ['certainty', 'Likely'],
      ['audience', st(lang, 'cap.audience')],
      ['effective', capDateTime(new Date(`${a.validFrom}T00:00:00Z`))],
      ['expires', a.validUntil ? capDateTime(new Date(`${a.validUntil}T23:59:59Z`)) : undefined],
      ['senderName', st(lang, 'cap.senderName', { country: a.countryName })],
      ['headline', `${a.locationName}: ${a.title}`.slice(0, 160)],
      ['description', a.body],
      ['web', ctx.web],
    ]);
    if (a.level !== null)
      texts(info.ele('parameter'), [
        ['valueName', 'securityLevel'],
        ['value', a.level],
      ]);
    const area = texts(info.ele('area'), [
      ['areaDesc', `${a.locationName}, ${a.countryName}`],
      // A point is a circle of radius 0 (CAP 1.2 §3.3.4.2: "lat,lon radius" in WGS 84, km).
      [
        'circle',
        a.latitude !== null && a.longitude !== null
          ? `${coordinate(a.latitude)},${coordinate(a.longitude)} 0`
          : undefined,
      ],
    ]);
    texts(area.ele('geocode'), [
      ['valueName', 'ISO3166-1'],
      ['value', a.countryAlpha2],
    ]);
  }
  return serialise(alert);
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
  const feed = texts(xmlDocument().ele('http://www.w3.org/2005/Atom', 'feed'), [
    ['id', `urn:uuid:${country.id}`],
    ['title', st(locale, 'cap.feedTitle', { country: country.name })],
    ['updated', atomDate(updated)],
  ]);
  feed.ele('author').ele('name').txt('Fieldsafe');
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: urls.self });
  for (const a of advisories) {
    const entry = texts(feed.ele('entry'), [
      ['id', `urn:uuid:${a.id}`],
      ['title', `${a.locationName}: ${a.title}`],
      ['updated', atomDate(a.updatedAt)],
      ['published', atomDate(a.createdAt)],
    ]);
    entry.ele('link', { rel: 'alternate', type: 'application/cap+xml', href: urls.alert(a.id) });
    entry.ele('summary').txt(a.body.slice(0, 500));
  }
  return serialise(feed);
}
