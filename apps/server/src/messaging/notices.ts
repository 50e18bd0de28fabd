/**
 * Notices: the messages the application sends about its records (an incident reported, a travel
 * decision, a plan to acknowledge …). Each kind says what it is called in the notification centre,
 * whether it is urgent, and its texts in the recipient's language.
 *
 * Channels: in-app always; e-mail and SMS always for an urgent kind, and for the other kinds when
 * the person asked for them (their notification preferences). Where a person has no e-mail
 * address or phone, that channel is left out.
 */
import { formatDate, incidentCategoryName, type Locale } from '@fieldsafe/core';
import { st } from '../i18n/index.ts';

type Params = Record<string, unknown>;
const s = (v: unknown) =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const n = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);

export interface NoticeKind {
  /** The notification's kind in the notification centre. */
  kind: string;
  /** Sent by e-mail and SMS to everyone who can be reached so, whatever their preferences. */
  urgent: boolean;
  title(locale: Locale, p: Params): string;
  body(locale: Locale, p: Params): string;
}

const travelVars = (l: Locale, p: Params) => ({
  purpose: s(p.purpose),
  from: p.from ? formatDate(s(p.from), l) : '',
  to: p.to ? formatDate(s(p.to), l) : '',
  number: s(p.number),
  comment: s(p.comment),
});

export const NOTICES = {
  /** To the DO and the CSA/CSFP of the country, at once (Framework, CSFP 5). */
  'incident.reported': {
    kind: 'incident',
    urgent: true,
    title: (l, p) => st(l, 'notify.incident', { category: incidentCategoryName(s(p.category), l) }),
    body: (_l, p) => s(p.title),
  },
  /** To the travellers at or bound for the place of an incident. */
  'incident.nearby': {
    kind: 'incident',
    urgent: false,
    title: (l, p) =>
      st(l, 'notify.incidentWhereYouTravel', { category: incidentCategoryName(s(p.category), l) }),
    body: (_l, p) => s(p.title),
  },
  /** A travel advisory, in the words of the officer who issued it. */
  'travel.advisory': {
    kind: 'travel_advisory',
    urgent: false,
    title: (_l, p) => `${s(p.place)}: ${s(p.title)}`,
    body: (_l, p) => s(p.body),
  },
  /** A clearance request filed for the person by their sponsor or organization [004 ¶27]. */
  'travel.filed': {
    kind: 'travel',
    urgent: false,
    title: (l, p) => st(l, 'notify.travelFiled', { ...travelVars(l, p), by: s(p.by) }),
    body: (l, p) => st(l, 'notify.travelFiled.body', travelVars(l, p)),
  },
  'travel.approved': {
    kind: 'travel',
    urgent: false,
    title: (l, p) => st(l, 'notify.travelApproved', travelVars(l, p)),
    body: (l, p) => st(l, 'notify.travelApproved.body', travelVars(l, p)),
  },
  'travel.refused': {
    kind: 'travel',
    urgent: false,
    title: (l, p) => st(l, 'notify.travelRefused', travelVars(l, p)),
    body: (l, p) => st(l, 'notify.travelRefused.body', travelVars(l, p)),
  },
  'plan.acknowledge': {
    kind: 'security_plan',
    urgent: false,
    title: (l, p) => st(l, 'notice.planVersion.title', { title: s(p.title), number: n(p.number) }),
    body: (l) => st(l, 'notice.planVersion.body'),
  },
  /** Someone is guessing the person's password: they hear of it on every channel. */
  'security.loginFailures': {
    kind: 'security',
    urgent: true,
    title: (l) => st(l, 'notice.loginFailures.title'),
    body: (l, p) =>
      st(l, 'notice.loginFailures.body', {
        failures: n(p.failures),
        minutes: n(p.minutes),
        ip: s(p.ip),
      }),
  },
} satisfies Record<string, NoticeKind>;

export type NoticeName = keyof typeof NOTICES;

export function isNotice(name: string): name is NoticeName {
  return name in NOTICES;
}

/**
 * A notice's e-mail or SMS: the title as subject, the body and the link to the record (on this
 * server's public address) as text. SMS carry the text only, so it starts with the title too.
 */
export function renderNotice(name: NoticeName, locale: Locale, p: Params, publicUrl = '') {
  const k: NoticeKind = NOTICES[name];
  const title = k.title(locale, p);
  const body = k.body(locale, p);
  const link = typeof p.path === 'string' && p.path ? `${publicUrl}${p.path}` : '';
  return { subject: title, text: [title, body, link].filter(Boolean).join('\n\n') };
}
