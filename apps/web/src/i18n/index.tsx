import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { formatNumber, isLocale, localeOfTag, textDirection } from '@fieldsafe/core';
import type { Locale } from '@fieldsafe/core';
import { catalogue, loadCatalogue, loadWhole, type Message } from './catalogues.ts';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageKey } from './en.ts';

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

/** A message compiled for one language (ICU MessageFormat: plurals, select, numbers, dates). */
export interface CompiledMessage {
  format(values: Record<string, string | number | Date>): string;
  /** Arguments used as plain `{name}`: numbers given to them are grouped for the language. */
  plain: Set<string>;
}
export type MessageCompiler = (ast: MessageFormatElement[], locale: Locale) => CompiledMessage;

/**
 * The ICU formatter (intl-messageformat, `messageFormat.ts`) is installed by the signed-in app, so
 * the login page does not download it; until then a message with plurals or selects reads with
 * its "other" form.
 */
let compiler: MessageCompiler | null = null;

export function installMessageCompiler(c: MessageCompiler): void {
  compiler = c;
  compiled.clear();
}

/** Compiled ICU messages, per language and key: each message is compiled once. */
const compiled = new Map<string, CompiledMessage | null>();

function compile(locale: Locale, key: MessageKey, ast: MessageFormatElement[]) {
  if (!compiler) return null;
  const id = `${locale}\u0000${key}`;
  let f = compiled.get(id);
  if (f === undefined) {
    try {
      f = compiler(ast, locale);
    } catch {
      f = null; // a broken message shows as written; the catalogue test catches it first
    }
    if (catalogue(locale)?.[key] !== undefined) compiled.set(id, f);
  }
  return f;
}

function value(v: string | number | Date | undefined, locale: Locale): string {
  if (v === undefined) return '';
  return typeof v === 'number' ? formatNumber(v, locale, 2) : String(v);
}

/** Plain text: its `{name}` placeholders filled in. */
function fill(text: string, locale: Locale, vars: MessageVars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : value(vars[name], locale),
  );
}

/** An ICU tree read without the formatter: arguments as they are, plurals and selects "other". */
function roughly(ast: MessageFormatElement[], locale: Locale, vars: MessageVars, n = ''): string {
  return ast
    .map((node) => {
      if (node.type === 0) return node.value; // literal
      if (node.type === 7) return n; // #
      if ('options' in node) {
        const other = node.options.other ?? Object.values(node.options)[0];
        return other ? roughly(other.value, locale, vars, value(vars[node.value], locale)) : '';
      }
      return 'value' in node && typeof node.value === 'string'
        ? value(vars[node.value], locale)
        : '';
    })
    .join('');
}

function message(locale: Locale, key: MessageKey): Message {
  return catalogue(locale)?.[key] ?? catalogue('en')?.[key] ?? key;
}

/** One message in one language, ICU MessageFormat (plurals, select, numbers, dates). */
export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const m = message(locale, key);
  if (typeof m === 'string') return vars ? fill(m, locale, vars) : m;
  const f = compile(locale, key, m);
  if (!f) return roughly(m, locale, vars ?? {});
  const values: Record<string, string | number | Date> = {};
  for (const [name, v] of Object.entries(vars ?? {}))
    values[name] = typeof v === 'number' && f.plain.has(name) ? formatNumber(v, locale, 2) : v;
  try {
    return f.format(values);
  } catch {
    return roughly(m, locale, vars ?? {});
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
/** The language on screen (kept outside React for the signed-in app's loader). */
let shown: Locale = firstLocale;

/** Loads all of a language's messages (by default the one shown): the signed-in app waits for it. */
export function loadSignedInMessages(locale: Locale = shown): Promise<void> {
  return loadWhole(locale);
}

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
    // Loaded parts come back at once; offline and never loaded: stay in the current language.
    void loadCatalogue(l)
      .then(() => setLocaleState(l))
      .catch(() => undefined);
  }, []);

  const setLocale = useCallback((l: Locale) => show(l, true), [show]);
  const adopt = useCallback((l: Locale) => show(l, false), [show]);

  useEffect(() => {
    shown = locale;
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
