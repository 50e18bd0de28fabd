/**
 * Message templates in the six UN languages, chosen by the RECIPIENT's language (their profile;
 * default en). Texts are in the server catalogues (src/i18n), ICU MessageFormat.
 */
import { isLocale } from '@fieldsafe/core';
import { st } from '../i18n/index.ts';
import { isNotice, renderNotice, type NoticeName } from './notices.ts';

export type TemplateName =
  | NoticeName
  | 'crisis.checkin'
  | 'crisis.reminder'
  | 'crisis.escalation'
  | 'checkin.missed'
  | 'broadcast'
  | 'warden.cascade'
  | 'sms.reply';

export interface Rendered {
  subject: string;
  text: string;
}

type Params = Record<string, unknown>;
const s = (v: unknown) =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const n = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);

const TEMPLATES: Record<
  Exclude<TemplateName, NoticeName>,
  (locale: string, p: Params) => Rendered
> = {
  'crisis.checkin': (l, p) => ({
    subject: st(l, 'template.checkin.subject', { title: s(p.title) }),
    text: st(l, 'template.checkin.text', { title: s(p.title), link: s(p.link) }),
  }),
  'crisis.reminder': (l, p) => ({
    subject: st(l, 'template.reminder.subject', { title: s(p.title) }),
    text: st(l, 'template.reminder.text', { title: s(p.title), link: s(p.link) }),
  }),
  'crisis.escalation': (l, p) => ({
    subject: st(l, 'template.escalation.subject', { title: s(p.title) }),
    text: st(l, 'template.escalation.text', { title: s(p.title), count: n(p.count) }),
  }),
  'checkin.missed': (l, p) => ({
    subject: st(l, 'template.missed.subject', { name: s(p.name) }),
    text: st(l, 'template.missed.text', {
      name: s(p.name),
      label: s(p.label),
      due: s(p.due),
      phone: p.phone ? ` (${s(p.phone)})` : '',
    }),
  }),
  // A broadcast is written by a person, in the words they chose.
  broadcast: (_l, p) => ({ subject: s(p.title), text: s(p.body) }),
  // A reply to an inbound SMS, already written in the language the person answered in.
  'sms.reply': (_l, p) => ({ subject: '', text: s(p.text) }),
  'warden.cascade': (l, p) => ({
    subject: st(l, 'template.cascade.subject', { title: s(p.title) }),
    text: st(l, 'template.cascade.text', { zone: s(p.zone), count: n(p.count), names: s(p.names) }),
  }),
};

export function isTemplate(name: string): name is TemplateName {
  return name in TEMPLATES || isNotice(name);
}

/**
 * A queued message's subject and text in the recipient's language. `publicUrl` (this server's
 * address) makes the links of notices absolute.
 */
export function render(template: string, locale: string, params: Params, publicUrl = ''): Rendered {
  if (isNotice(template))
    return renderNotice(template, isLocale(locale) ? locale : 'en', params, publicUrl);
  if (!(template in TEMPLATES)) throw new Error(`unknown template ${template}`);
  return TEMPLATES[template as Exclude<TemplateName, NoticeName>](locale, params);
}
