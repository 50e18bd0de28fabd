import type { Locale } from '@fieldsafe/core';
import { en, type MessageKey } from './en.ts';

export type Catalogue = Record<MessageKey, string>;

/**
 * Every language's messages. Each catalogue file is `Record<MessageKey, string>`, so a key missing
 * in any language fails the typecheck; `catalogues.test.ts` checks the ICU syntax and
 * placeholders. English is in the main bundle; the others are loaded when first chosen, so a
 * reader downloads one language, not six.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  ar: () => import('./ar.ts').then((m) => m.ar),
  es: () => import('./es.ts').then((m) => m.es),
  fr: () => import('./fr.ts').then((m) => m.fr),
  ru: () => import('./ru.ts').then((m) => m.ru),
  zh: () => import('./zh.ts').then((m) => m.zh),
};

const loaded: Partial<Record<Locale, Catalogue>> = { en };

/** The catalogue of a language if it is loaded. */
export function catalogue(locale: Locale): Catalogue | undefined {
  return loaded[locale];
}

/** Loads a language's catalogue (once). */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const have = loaded[locale];
  if (have) return have;
  const c = await loaders[locale as Exclude<Locale, 'en'>]();
  loaded[locale] = c;
  return c;
}
