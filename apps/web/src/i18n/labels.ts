import type { Locale, LocalizedLabel } from '@fieldsafe/core';
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

/** A text the server gives in the six languages (course names, MOSS measures, clearance reasons). */
export function localized(label: LocalizedLabel, locale: Locale): string {
  return label[locale] || label.en;
}

export function localizedOr(
  label: LocalizedLabel | undefined,
  locale: Locale,
  fallback: string,
): string {
  return label ? localized(label, locale) : fallback;
}
