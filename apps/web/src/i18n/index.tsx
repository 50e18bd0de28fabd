import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { formatNumber, INTL_TAG, isLocale, localeOfTag, textDirection } from '@fieldsafe/core';
import type { Locale } from '@fieldsafe/core';
import { catalogue, loadCatalogue } from './catalogues.ts';
import { en, type MessageKey } from './en.ts';

const STORAGE_KEY = 'fs_locale';

export type MessageVars = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

interface I18nValue {
  locale: Locale;
  /** Switch language and remember the choice on this device. */
  setLocale: (l: Locale) => void;
  /** Switch language for this visit only. */
  adopt: (l: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

interface Compiled {
  format: IntlMessageFormat;
  /** Arguments used as plain `{name}`: numbers given to them are grouped for the language. */
  plain: Set<string>;
}

/** Compiled ICU messages, per language and key: each message is parsed once. */
const compiled = new Map<string, Compiled | null>();

function compile(locale: Locale, key: MessageKey): Compiled | null {
  const id = `${locale}\u0000${key}`;
  let f = compiled.get(id);
  if (f === undefined) {
    try {
      const ast = parse(catalogue(locale)?.[key] ?? en[key], { ignoreTag: true });
      const plain = new Set<string>();
      for (const node of ast) if (node.type === TYPE.argument) plain.add(node.value);
      f = { format: new IntlMessageFormat(ast, INTL_TAG[locale]), plain };
    } catch {
      f = null; // a broken message shows as written; the catalogue test catches it first
    }
    if (catalogue(locale)) compiled.set(id, f);
  }
  return f;
}

/** One message in one language, ICU MessageFormat (plurals, select, numbers, dates). */
export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const text = catalogue(locale)?.[key] ?? en[key] ?? key;
  if (!vars && !/[{']/.test(text)) return text;
  const f = compile(locale, key);
  if (!f) return text;
  const values: Record<string, string | number | Date> = {};
  for (const [name, v] of Object.entries(vars ?? {}))
    values[name] = typeof v === 'number' && f.plain.has(name) ? formatNumber(v, locale, 2) : v;
  try {
    const out = f.format.format<string>(values);
    return Array.isArray(out) ? out.join('') : String(out);
  } catch {
    return text;
  }
}

/** The remembered language, if the user picked one. */
export function storedLocale(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  if (typeof navigator === 'undefined') return 'en';
  for (const tag of navigator.languages ?? [navigator.language]) {
    const l = localeOfTag(tag);
    if (l) return l;
  }
  return 'en';
}

/** The language of the first screen; its catalogue starts loading at once. */
const firstLocale = initialLocale();
const firstLoad = loadCatalogue(firstLocale).catch(() => undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    catalogue(firstLocale) ? firstLocale : 'en',
  );
  const [ready, setReady] = useState(() => Boolean(catalogue(firstLocale)));

  useEffect(() => {
    if (ready) return;
    void firstLoad.then(() => {
      if (catalogue(firstLocale)) setLocaleState(firstLocale);
      setReady(true);
    });
  }, [ready]);

  /** Shows a language once its catalogue is here (the page and its data stay as they are). */
  const show = useCallback((l: Locale, remember: boolean) => {
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, l);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
    }
    if (catalogue(l)) setLocaleState(l);
    else
      void loadCatalogue(l)
        .then(() => setLocaleState(l))
        .catch(() => undefined); // offline and never loaded: stay in the current language
  }, []);

  const setLocale = useCallback((l: Locale) => show(l, true), [show]);
  const adopt = useCallback((l: Locale) => show(l, false), [show]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale]);

  const t = useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);

  const value = useMemo(() => ({ locale, setLocale, adopt, t }), [locale, setLocale, adopt, t]);
  // Until the first language arrives (one small file), show nothing rather than flash English.
  if (!ready) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export function useT(): Translate {
  return useI18n().t;
}

/** Applies the signed-in user's language unless one was chosen on this device. */
export function useDefaultLocale(userLocale: Locale | undefined): void {
  const { adopt } = useI18n();
  useEffect(() => {
    if (userLocale && !storedLocale()) adopt(userLocale);
  }, [userLocale, adopt]);
}
