import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Locale } from '../types.ts';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, fr };
const STORAGE_KEY = 'fs_locale';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18nValue {
  locale: Locale;
  /** Switch language and remember the choice on this device. */
  setLocale: (l: Locale) => void;
  /** Switch language for this visit only. */
  adopt: (l: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'fr';
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
  return storedLocale() ?? (navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, []);

  const adopt = useCallback((l: Locale) => setLocaleState(l), []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const t = useCallback<Translate>(
    (key, vars) => {
      const text = dictionaries[locale][key];
      if (!vars) return text;
      return text.replace(/\{(\w+)\}/g, (m, name: string) =>
        name in vars ? String(vars[name]) : m,
      );
    },
    [locale],
  );

  const value = useMemo(() => ({ locale, setLocale, adopt, t }), [locale, setLocale, adopt, t]);
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
