import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Locale } from '@fieldsafe/core';
import type { MessageKey } from './en.ts';
// English sign-in messages (under 1 kB) come with the app: an English login page renders without
// waiting for a second request.
import enShell from './en.ts?part=shell';

/**
 * A message as loaded: plain text with `{name}` placeholders, or the ICU syntax tree of one with
 * plurals, selects or formats (compiled at build time, `catalogueParts.ts`).
 */
export type Message = string | MessageFormatElement[];
export type Catalogue = Record<MessageKey, Message>;
type Part = 'shell' | 'rest';
type Loader = () => Promise<{ default: Partial<Catalogue> }>;

/**
 * Every language's messages. Each catalogue file is `Record<MessageKey, string>`, so a key missing
 * in any language fails the typecheck; `catalogues.test.ts` checks the ICU syntax and
 * placeholders. Each file is loaded in two parts (see `shell.ts`): the sign-in messages first,
 * the rest once the person is signed in — so the login page downloads a few hundred bytes of one
 * language, not six catalogues of 1,500 messages.
 */
const loaders: Record<Locale, Record<Part, Loader>> = {
  en: {
    shell: () => Promise.resolve({ default: enShell }),
    rest: () => import('./en.ts?part=rest'),
  },
  ar: { shell: () => import('./ar.ts?part=shell'), rest: () => import('./ar.ts?part=rest') },
  es: { shell: () => import('./es.ts?part=shell'), rest: () => import('./es.ts?part=rest') },
  fr: { shell: () => import('./fr.ts?part=shell'), rest: () => import('./fr.ts?part=rest') },
  ru: { shell: () => import('./ru.ts?part=shell'), rest: () => import('./ru.ts?part=rest') },
  zh: { shell: () => import('./zh.ts?part=shell'), rest: () => import('./zh.ts?part=rest') },
};

const loaded: Partial<Record<Locale, Partial<Catalogue>>> = { en: enShell };
const parts = new Map<string, Promise<void>>([['en:shell', Promise.resolve()]]);
/** Whether languages are loaded whole (after sign-in) or only their sign-in part. */
let whole = false;

function loadPart(locale: Locale, part: Part): Promise<void> {
  const id = `${locale}:${part}`;
  let p = parts.get(id);
  if (!p) {
    p = loaders[locale][part]().then((m) => {
      loaded[locale] = { ...loaded[locale], ...m.default };
    });
    p.catch(() => parts.delete(id)); // offline: try again next time
    parts.set(id, p);
  }
  return p;
}

/** The messages of a language loaded so far (the sign-in part, or all of them). */
export function catalogue(locale: Locale): Partial<Catalogue> | undefined {
  return loaded[locale];
}

/** Loads a language's catalogue: its sign-in part, and the rest once `loadWhole` was called. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  await loadPart(locale, 'shell');
  if (whole) await loadPart(locale, 'rest');
}

/** From now on languages load whole; loads the rest of `locale` (the signed-in app waits on it). */
export async function loadWhole(locale: Locale): Promise<void> {
  whole = true;
  await Promise.all([loadPart(locale, 'shell'), loadPart(locale, 'rest')]);
}
