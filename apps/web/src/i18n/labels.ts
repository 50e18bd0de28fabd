import type { MessageKey } from './en.ts';
import type { Translate } from './index.tsx';

/** The translated label of an enumerated value (`prefix.value`), or the raw value if unknown. */
export function enumLabel(
  t: Translate,
  prefix: string,
  allowed: readonly string[],
  value: string | null | undefined,
): string {
  if (!value) return '';
  return allowed.includes(value) ? t(`${prefix}.${value}` as MessageKey) : value;
}

/**
 * A text the server holds in English and French only (course names, MOSS measures…): the
 * French one for French readers, the English one otherwise.
 */
export function localized(label: { en: string; fr: string }, locale: string): string {
  return locale === 'fr' ? label.fr : label.en;
}

export function localizedOr(
  label: { en: string; fr: string } | undefined,
  locale: string,
  fallback: string,
): string {
  return label ? localized(label, locale) : fallback;
}
