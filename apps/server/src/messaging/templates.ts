/** Message templates in English and French, chosen by the recipient's locale (default en). */
export type TemplateName = 'crisis.checkin' | 'broadcast' | 'warden.cascade';

export interface Rendered {
  subject: string;
  text: string;
}

type Params = Record<string, unknown>;
const s = (v: unknown) =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);

const TEMPLATES: Record<TemplateName, Record<'en' | 'fr', (p: Params) => Rendered>> = {
  'crisis.checkin': {
    en: (p) => ({
      subject: `Check in: ${s(p.title)}`,
      text: `A crisis has been declared: ${s(p.title)}. Tell us you are safe or that you need help: ${s(p.link)}`,
    }),
    fr: (p) => ({
      subject: `Signalez-vous : ${s(p.title)}`,
      text: `Une crise a été déclarée : ${s(p.title)}. Dites-nous si vous êtes en sécurité ou si vous avez besoin d’aide : ${s(p.link)}`,
    }),
  },
  broadcast: {
    en: (p) => ({ subject: s(p.title), text: s(p.body) }),
    fr: (p) => ({ subject: s(p.title), text: s(p.body) }),
  },
  'warden.cascade': {
    en: (p) => ({
      subject: `Warden cascade: ${s(p.title)}`,
      text: `Please reach the people of ${s(p.zone)} still to be contacted (${s(p.count)}): ${s(p.names)}`,
    }),
    fr: (p) => ({
      subject: `Chaîne des gardiens : ${s(p.title)}`,
      text: `Veuillez joindre les personnes de ${s(p.zone)} encore à contacter (${s(p.count)}) : ${s(p.names)}`,
    }),
  },
};

export function isTemplate(name: string): name is TemplateName {
  return name in TEMPLATES;
}

export function render(template: string, locale: string, params: Params): Rendered {
  if (!isTemplate(template)) throw new Error(`unknown template ${template}`);
  return TEMPLATES[template][locale === 'fr' ? 'fr' : 'en'](params);
}
