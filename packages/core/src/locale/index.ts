/**
 * The six UN languages and one way to format dates, times, numbers, percentages and lists for
 * them, through `Intl` only. Shared by the web app and the server so a date reads the same in
 * the browser, in an e-mail and in a printed report.
 */
export const LOCALES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's own name, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  ar: 'العربية',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ru: 'Русский',
  zh: '中文',
};

/**
 * The BCP 47 tag handed to `Intl`. Arabic keeps Latin digits ("nu-latn"): phone numbers, staff
 * ids, radio call signs and coordinates are written with them in the field, and one set of
 * digits on a page avoids misreading.
 */
export const INTL_TAG: Record<Locale, string> = {
  ar: 'ar-u-nu-latn',
  en: 'en-GB',
  es: 'es',
  fr: 'fr-FR',
  ru: 'ru',
  zh: 'zh-CN',
};

/** A text given in each of the six languages (data the catalogues do not hold: MOSS titles, course names …). */
export type LocalizedLabel = Readonly<Record<Locale, string>>;

/** The text of a label in a language. */
export function localized(label: LocalizedLabel, locale: Locale): string {
  return label[locale];
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** Right-to-left languages among the six. */
export function isRtl(locale: Locale): boolean {
  return locale === 'ar';
}

export function textDirection(locale: Locale): 'rtl' | 'ltr' {
  return isRtl(locale) ? 'rtl' : 'ltr';
}

/** The supported language of a tag such as "fr-CA" or "zh-Hant-TW", or null. */
export function localeOfTag(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : null;
}

/**
 * The best of the six languages for an `Accept-Language` header ("fr-CH, fr;q=0.9, en;q=0.8"),
 * by quality then order; `fallback` when none is acceptable.
 */
export function negotiateLocale(
  header: string | null | undefined,
  fallback: Locale = 'en',
): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { locale: localeOfTag(tag), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((x): x is { locale: Locale; quality: number; index: number } => x.locale !== null)
    .filter((x) => x.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.locale ?? fallback;
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f as T;
}

function tagOf(locale: Locale | string): string {
  return isLocale(locale) ? INTL_TAG[locale] : (INTL_TAG[localeOfTag(locale) ?? 'en'] ?? 'en-GB');
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: Date | string | number): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const d =
    typeof value === 'string' && DATE_ONLY.test(value)
      ? new Date(`${value}T00:00:00Z`)
      : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A calendar date in the app's one style ("5 Dec 2026", "5 déc. 2026", "2026年12月5日").
 * A plain "YYYY-MM-DD" is a calendar day and is never shifted by the time zone.
 */
export function formatDate(
  value: Date | string | number | null | undefined,
  locale: Locale | string,
  timeZone?: string,
): string {
  if (value === null || value === undefined || value === '') return '';
  const d = toDate(value);
  if (!d) return String(value);
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const tz = dateOnly ? 'UTC' : timeZone;
  return memo(
    `d|${tagOf(locale)}|${tz ?? ''}`,
    () =>
      new Intl.DateTimeFormat(tagOf(locale), {
        dateStyle: 'medium',
        ...(tz ? { timeZone: tz } : {}),
      }),
  ).format(d);
}

/**
 * A moment with its time zone ("5 Dec 2026, 06:33 UTC"); in `timeZone` when given (an IANA
 * name such as "Africa/Khartoum"), otherwise the viewer's own.
 */
export function formatDateTime(
  value: Date | string | number | null | undefined,
  locale: Locale | string,
  timeZone?: string,
): string {
  if (value === null || value === undefined || value === '') return '';
  const d = toDate(value);
  if (!d) return String(value);
  let f: Intl.DateTimeFormat;
  try {
    f = memo(
      `dt|${tagOf(locale)}|${timeZone ?? ''}`,
      () =>
        new Intl.DateTimeFormat(tagOf(locale), {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZoneName: 'short',
          ...(timeZone ? { timeZone } : {}),
        }),
    );
  } catch {
    return formatDateTime(d, locale);
  }
  return f.format(d);
}

/** A time of day with its zone ("06:33 UTC"). */
export function formatTime(
  value: Date | string | number | null | undefined,
  locale: Locale | string,
  timeZone?: string,
): string {
  if (value === null || value === undefined || value === '') return '';
  const d = toDate(value);
  if (!d) return String(value);
  return memo(
    `t|${tagOf(locale)}|${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(tagOf(locale), {
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
        ...(timeZone ? { timeZone } : {}),
      }),
  ).format(d);
}

/** A finite number through one cached `Intl.NumberFormat` per language, style and precision. */
function formatFinite(
  value: number | null | undefined,
  locale: Locale | string,
  style: 'decimal' | 'percent',
  maximumFractionDigits: number,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return memo(
    `${style}|${tagOf(locale)}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(tagOf(locale), { style, maximumFractionDigits }),
  ).format(value);
}

/** A number grouped for the language ("227,184,500", "227 184 500"). */
export function formatNumber(
  value: number | null | undefined,
  locale: Locale | string,
  maximumFractionDigits = 1,
): string {
  return formatFinite(value, locale, 'decimal', maximumFractionDigits);
}

/** A share as a percentage; `ratio` 0.499 → "49.9%" / "49,9 %" / "49,9 %". */
export function formatPercent(
  ratio: number | null | undefined,
  locale: Locale | string,
  maximumFractionDigits = 1,
): string {
  return formatFinite(ratio, locale, 'percent', maximumFractionDigits);
}

/** Whole US dollars ("US$227,184,500" style for the language). */
export function formatMoney(
  value: number | null | undefined,
  locale: Locale | string,
  currency = 'USD',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return memo(
    `m|${tagOf(locale)}|${currency}`,
    () =>
      new Intl.NumberFormat(tagOf(locale), {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }),
  ).format(value);
}

/** "a, b and c" / "a, b et c" / "a、b和c". */
export function formatList(
  items: readonly string[],
  locale: Locale | string,
  type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
): string {
  return memo(
    `l|${tagOf(locale)}|${type}`,
    () => new Intl.ListFormat(tagOf(locale), { style: 'long', type }),
  ).format(items);
}
export * from './check.ts';

const regionNames = new Map<Locale, Intl.DisplayNames | null>();

/**
 * A country's name in a language: the UN's English and French names as the registry holds them,
 * the ISO 3166 name from CLDR (through `Intl.DisplayNames`) in the four other languages.
 */
export function countryNameIn(
  c: { nameEn: string; nameFr: string; alpha2: string },
  locale: Locale,
): string {
  if (locale === 'fr') return c.nameFr;
  if (locale === 'en') return c.nameEn;
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(c.alpha2.toUpperCase()) ?? c.nameEn;
  } catch {
    return c.nameEn;
  }
}
