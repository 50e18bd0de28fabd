import { IntlMessageFormat } from 'intl-messageformat';
import { INTL_TAG, isLocale, negotiateLocale, type Locale } from '@fieldsafe/core';
import { ar } from './ar.ts';
import { en, type ServerMessageKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export type { ServerMessageKey };

/** One catalogue per language; each is `Record<ServerMessageKey, string>` (checked by the type). */
export const serverCatalogues: Record<Locale, Record<ServerMessageKey, string>> = {
  ar,
  en,
  es,
  fr,
  ru,
  zh,
};

const compiled = new Map<string, IntlMessageFormat>();

/** A server text in a language (ICU MessageFormat); unknown languages read English. */
export function st(
  locale: Locale | string,
  key: ServerMessageKey,
  vars: Record<string, string | number | Date> = {},
): string {
  const l: Locale = isLocale(locale) ? locale : 'en';
  const id = `${l}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    f = new IntlMessageFormat(serverCatalogues[l][key], INTL_TAG[l], undefined, {
      ignoreTag: true,
    });
    compiled.set(id, f);
  }
  const out = f.format<string>(vars);
  return Array.isArray(out) ? out.join('') : String(out);
}

/** The language of a request: `?lang=` if it names one of the six, else `Accept-Language`. */
export function requestLocale(req: {
  query?: unknown;
  headers: Record<string, string | string[] | undefined>;
}): Locale {
  const q = (req.query as { lang?: unknown } | undefined)?.lang;
  if (isLocale(q)) return q;
  const h = req.headers['accept-language'];
  return negotiateLocale(Array.isArray(h) ? h.join(',') : h);
}
