import { formatList, type Locale } from '@fieldsafe/core';
import { z } from 'zod';
import { st, type ServerMessageKey } from './index.ts';

/**
 * Field messages (`details[].message`) in the reader's language. The schemas write them in
 * English ("must be a date YYYY-MM-DD", "must not be before startsOn"); each pattern below
 * maps a family of them to a catalogue key, keeping the field names and numbers. Zod's own
 * messages are worded again by Zod's locale for the language. A message no pattern knows stays
 * in English (the field path beside it still says where).
 */
const PATTERNS: readonly [RegExp, ServerMessageKey, readonly string[]][] = [
  [/^is required$/, 'validation.required', []],
  [/^must be a UUID$/, 'validation.uuid', []],
  [/^must be a whole number$/, 'validation.int', []],
  [/^must be a number$/, 'validation.number', []],
  [/^must be (-?\d+) or more$/, 'validation.min', ['n']],
  [/^must be (-?[\d,]+) or less$/, 'validation.max', ['n']],
  [/^must be between (-?\d+) and (-?\d+)$/, 'validation.between', ['a', 'b']],
  [/^must be an integer from (\d+) to (\d+)$/, 'validation.between', ['a', 'b']],
  [/^must be a year$/, 'validation.year', []],
  [/^must be true or false$/, 'validation.bool', []],
  [/^must be a date YYYY-MM-DD$/, 'validation.date', []],
  [/^is not a real date$/, 'validation.realDate', []],
  [/^must be a date-time with offset.*$/, 'validation.dateTime', []],
  [/^must not be in the future$/, 'validation.notFuture', []],
  [/^is in the future$/, 'validation.notFuture', []],
  [/^must be in the future$/, 'validation.future', []],
  [/^must not be before (.+)$/, 'validation.notBefore', ['other']],
  [/^must be on or after (.+)$/, 'validation.notBefore', ['other']],
  [/^must be after (.+)$/, 'validation.after', ['other']],
  [/^must be at most ([\d,]+) characters$/, 'validation.maxChars', ['n']],
  [/^must be at least ([\d,]+) characters$/, 'validation.minChars', ['n']],
  [/^must be at most (\d+) MB$/, 'validation.maxMb', ['n']],
  [/^is too large$/, 'validation.tooLarge', []],
  [/^must not be empty$/, 'validation.empty', []],
  [/^is not a valid e-mail address$/, 'validation.email', []],
  [/^must be an https? ?\(?s?\)? URL.*$/, 'validation.url', []],
  [/^is not a known field$/, 'validation.unknownField', []],
  [/^refers to a record that does not exist$/, 'validation.missingRecord', []],
  [/^already exists.*$/, 'validation.exists', []],
  [/^is invalid$/, 'validation.invalid', []],
  [/^must be the id of a duty station or an area$/, 'validation.place', []],
  [/^is not an area of this country$/, 'validation.notInCountry', []],
  [/^is wrong or was already used$/, 'validation.wrongCode', []],
  [/^must be the 6 digits shown by your app$/, 'validation.totp', []],
  [/^must be ([a-z_]+(?:, [a-z_]+)* or [a-z_]+)$/, 'validation.oneOf', ['values']],
];

const ZOD_LOCALE: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  ar: z.locales.ar,
  en: z.locales.en,
  es: z.locales.es,
  fr: z.locales.fr,
  ru: z.locales.ru,
  zh: z.locales.zhCN,
};
const zodMaps = new Map<Locale, z.core.$ZodErrorMap>();

function zodMessage(locale: Locale, issue: z.core.$ZodRawIssue): string | undefined {
  let map = zodMaps.get(locale);
  if (!map) {
    map = ZOD_LOCALE[locale]().localeError;
    zodMaps.set(locale, map);
  }
  const out = map(issue);
  return typeof out === 'string' ? out : out?.message;
}

/** A field message in `locale`; `issue` is Zod's issue when the message came from Zod. */
export function detailIn(locale: Locale, message: string, issue?: z.core.$ZodRawIssue): string {
  if (locale === 'en') return message;
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const vars = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
    // "a, b or c": the values stay as the API spells them, joined in the language.
    if (vars.values) vars.values = formatList(vars.values.split(/, | or /), locale, 'disjunction');
    return st(locale, key, vars);
  }
  if (issue && zodMessage('en', issue) === message) return zodMessage(locale, issue) ?? message;
  return message;
}
